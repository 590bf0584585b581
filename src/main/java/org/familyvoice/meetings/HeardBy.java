package org.familyvoice.meetings;

/** How an item is heard at the meeting: said by its author, by their worker, or by an advocate. */
public enum HeardBy {
    SELF, WORKER, ADVOCATE
}

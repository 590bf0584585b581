package org.familyvoice.meetings;

/** An answer to a question of the post-meeting check. */
public enum CheckAnswer {
    YES, PARTLY, NO
}

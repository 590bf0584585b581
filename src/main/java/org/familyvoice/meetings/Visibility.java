package org.familyvoice.meetings;

/** Who sees an item: everyone at the meeting, or only the family's social worker (and their team's staff). */
public enum Visibility {
    EVERYONE, WORKER_ONLY
}

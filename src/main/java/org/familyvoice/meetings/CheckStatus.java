package org.familyvoice.meetings;

/** Where the caller stands with a meeting's post-meeting check. */
public enum CheckStatus {
    /** The caller is not one of the people asked (not invited, only reading the family, or the meeting was cancelled). */
    NOT_ASKED,
    /** The meeting has not ended yet. */
    NOT_ENDED,
    /** The caller can answer now. */
    OPEN,
    /** The caller has answered. */
    ANSWERED
}

package org.familyvoice.feedback;

/** A way to filter feedback by its ratings, on the lowest of the statements rated. */
public enum RatingBand {
    /** At least one statement rated 1 or 2 (disagree). */
    LOW,
    /** Lowest rating 3 (not sure). */
    MIDDLE,
    /** Every rated statement 4 or 5 (agree). */
    HIGH,
    /** No statement rated. */
    NONE
}

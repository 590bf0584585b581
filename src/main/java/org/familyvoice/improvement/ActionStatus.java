package org.familyvoice.improvement;

/** Where an improvement action stands; shown as a word, never as a colour alone. */
public enum ActionStatus {
    NOT_STARTED,
    ON_TRACK,
    AT_RISK,
    DONE
}

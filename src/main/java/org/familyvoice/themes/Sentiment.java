package org.familyvoice.themes;

/** How a text feels: {@link #MIXED} when both praise and complaint are clearly there, {@link #NEUTRAL} when neither. */
public enum Sentiment {
    POSITIVE, NEGATIVE, MIXED, NEUTRAL
}

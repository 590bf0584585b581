package org.familyvoice.themes;

import java.util.OptionalInt;

/**
 * One figure and how many distinct people it is built from. A figure built from fewer than
 * {@link #MIN_CONTRIBUTORS} people is never shown, on a page or in an export: only "fewer than 5".
 */
public record Figure(int items, int contributors) {

    public static final int MIN_CONTRIBUTORS = 5;

    public static final Figure NONE = new Figure(0, 0);

    public Figure {
        if (items < 0 || contributors < 0 || contributors > items) {
            throw new IllegalArgumentException("a figure counts at least one item per contributor: " + items + "/" + contributors);
        }
    }

    public boolean suppressed() {
        return contributors < MIN_CONTRIBUTORS;
    }

    /** The number that may be shown, or empty when it must read "fewer than 5". */
    public OptionalInt shown() {
        return suppressed() ? OptionalInt.empty() : OptionalInt.of(items);
    }
}

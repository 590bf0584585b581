package org.familyvoice.base;

import java.io.Serializable;

/** Typed identifier, so one kind of id can never be passed where another is meant. */
public record UserId(long value) implements Serializable {
    public UserId {
        if (value <= 0) {
            throw new IllegalArgumentException("UserId must be positive: " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}

package org.familyvoice.base;

import java.io.Serializable;

/** Typed identifier, so one kind of id can never be passed where another is meant. */
public record TeamId(long value) implements Serializable {
    public TeamId {
        if (value <= 0) {
            throw new IllegalArgumentException("TeamId must be positive: " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}

package org.familyvoice.base;

import java.io.Serializable;

/** Typed identifier, so one kind of id can never be passed where another is meant. */
public record FamilyId(long value) implements Serializable {
    public FamilyId {
        if (value <= 0) {
            throw new IllegalArgumentException("FamilyId must be positive: " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}

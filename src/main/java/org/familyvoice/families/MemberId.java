package org.familyvoice.families;

/** Typed identifier. */
public record MemberId(long value) implements java.io.Serializable {
    public MemberId {
        if (value <= 0) {
            throw new IllegalArgumentException("MemberId must be positive: " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}

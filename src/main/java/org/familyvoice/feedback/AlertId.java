package org.familyvoice.feedback;

import java.io.Serializable;

/** Typed identifier of a safeguarding alert. */
public record AlertId(long value) implements Serializable {
    public AlertId {
        if (value <= 0) {
            throw new IllegalArgumentException("AlertId must be positive: " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}

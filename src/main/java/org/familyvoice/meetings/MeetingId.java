package org.familyvoice.meetings;

import java.io.Serializable;

/** Typed identifier of a meeting. */
public record MeetingId(long value) implements Serializable {
    public MeetingId {
        if (value <= 0) {
            throw new IllegalArgumentException("MeetingId must be positive: " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}

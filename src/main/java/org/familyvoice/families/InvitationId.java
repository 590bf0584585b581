package org.familyvoice.families;

/** Typed identifier. */
public record InvitationId(long value) implements java.io.Serializable {
    public InvitationId {
        if (value <= 0) {
            throw new IllegalArgumentException("InvitationId must be positive: " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}

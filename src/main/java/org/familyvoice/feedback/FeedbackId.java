package org.familyvoice.feedback;

public record FeedbackId(long value) {
    @Override
    public String toString() {
        return Long.toString(value);
    }
}

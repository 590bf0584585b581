package org.familyvoice.meetings;

public record ContributionId(long value) {
    @Override
    public String toString() {
        return Long.toString(value);
    }
}

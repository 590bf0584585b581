package org.familyvoice.meetings;

/** Typed identifier of an action agreed at a meeting. */
public record MeetingActionId(long value) {
    @Override
    public String toString() {
        return Long.toString(value);
    }
}

package org.familyvoice.meetings;

/** Typed identifier of one line of a meeting's agenda. */
public record AgendaItemId(long value) {
    @Override
    public String toString() {
        return Long.toString(value);
    }
}

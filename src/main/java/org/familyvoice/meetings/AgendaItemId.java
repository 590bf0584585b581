package org.familyvoice.meetings;

public record AgendaItemId(long value) {
    @Override
    public String toString() {
        return Long.toString(value);
    }
}

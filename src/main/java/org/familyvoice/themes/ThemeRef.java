package org.familyvoice.themes;

/** A theme of the taxonomy as stored: its id, code and the name people read. */
public record ThemeRef(long id, String code, String name) {
}

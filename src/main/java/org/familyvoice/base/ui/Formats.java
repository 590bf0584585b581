package org.familyvoice.base.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Dates and times as people at the council read them: UK order ("7 December 2026"), UK time, whatever
 * language the browser reports.
 */
public final class Formats {

    public static final ZoneId ZONE = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
            .withLocale(Locale.UK).withZone(ZONE);
    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
            .withLocale(Locale.UK);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK)
            .withZone(ZONE);
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.UK)
            .withZone(ZONE);

    private Formats() {
    }

    /** "7 December 2026" */
    public static String date(Instant instant) {
        return DATE.format(instant);
    }

    /** "14 May 2012" */
    public static String date(LocalDate date) {
        return SHORT_DATE.format(date);
    }

    /** "7 Dec 2026, 13:45" */
    public static String dateTime(Instant instant) {
        return DATE_TIME.format(instant);
    }

    /** "2026-12-07 13:45:02", for the audit trail */
    public static String timestamp(Instant instant) {
        return TIMESTAMP.format(instant);
    }
}

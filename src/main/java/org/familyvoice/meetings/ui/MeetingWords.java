package org.familyvoice.meetings.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.familyvoice.base.ui.Formats;
import org.familyvoice.meetings.Meeting;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A meeting in words people read: "Tuesday 8 December 2026, 10:00 to 11:00", where, and how long is left. */
final class MeetingWords {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK)
            .withZone(Formats.ZONE);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK).withZone(Formats.ZONE);

    private MeetingWords() {
    }

    static String day(Instant at) {
        return DAY.format(at);
    }

    static String when(Component c, Meeting m) {
        return c.getTranslation("meetings.when", DAY.format(m.startsAt()), TIME.format(m.startsAt()),
                TIME.format(m.endsAt()));
    }

    static String type(Component c, Meeting m) {
        return c.getTranslation("meetings.type." + m.type().name());
    }

    /** The place in words, and an online link to click, as the meeting has them. */
    static Paragraph where(Component c, Meeting m) {
        var p = new Paragraph();
        p.addClassName("fv-meeting-where");
        if (m.place() != null) {
            p.add(new Span(c.getTranslation("meetings.where.place", m.place())));
        }
        if (m.onlineLink() != null) {
            if (m.place() != null) {
                p.add(new Span(" · "));
            }
            var link = new Anchor(m.onlineLink(), c.getTranslation("meetings.join-online"));
            link.setTarget("_blank");
            link.getElement().setAttribute("rel", "noopener noreferrer");
            p.add(link);
        }
        return p;
    }

    /** How long the family has left to add their items; null when the meeting is cancelled or over. */
    static String daysLeft(Component c, Meeting m, Instant now) {
        if (m.cancelled() || !m.upcoming(now)) {
            return null;
        }
        long days = m.daysLeftToContribute(now, Formats.ZONE);
        if (days < 0) {
            return c.getTranslation("meetings.days-left.closed");
        }
        if (days == 0) {
            return c.getTranslation("meetings.days-left.today");
        }
        if (days == 1) {
            return c.getTranslation("meetings.days-left.one");
        }
        return c.getTranslation("meetings.days-left", days);
    }
}

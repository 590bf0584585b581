package org.familyvoice.meetings.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import org.familyvoice.base.ui.Formats;
import org.familyvoice.meetings.AgendaItem;
import org.familyvoice.meetings.AgendaService;
import org.familyvoice.meetings.Contribution;
import org.familyvoice.meetings.HeardBy;
import org.familyvoice.meetings.Meeting;

import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/** Pieces the agenda builder and the family's agenda share: a quoted item, an item's heading, the PDF link. */
final class AgendaParts {

    private static final DateTimeFormatter FILE_DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.UK)
            .withZone(Formats.ZONE);

    private AgendaParts() {
    }

    static String shortText(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    /** "2. What I'm worried about", or "3. From the social worker". */
    static String heading(Component c, int number, AgendaItem item) {
        String what = item.practitioners() ? c.getTranslation("agenda.item.practitioner")
                : c.getTranslation("contributions.kind." + Objects.requireNonNull(item.kind()).name());
        return c.getTranslation("agenda.item.heading", number, what);
    }

    /** A short name for an item in a list of choices: its heading and the start of its first words. */
    static String label(Component c, int number, AgendaItem item) {
        String words = item.practitioners() ? Objects.requireNonNull(item.staffText())
                : item.quotes().getFirst().text();
        return heading(c, number, item) + " · " + shortText(words);
    }

    /**
     * A family member's words as staff see them: who wrote it and about what, the words as typed, how it is heard,
     * and marks for "Only for you", a possible disclosure, and a young person speaking for themselves.
     */
    static Div staffQuote(Component c, Contribution q) {
        var box = new Div();
        var by = new Span(c.getTranslation("contributions.staff.by", q.authorName(),
                c.getTranslation(q.authorYoungPerson() ? "contributions.role.young" : "contributions.role.parent"))
                + " · " + c.getTranslation("contributions.kind." + q.kind().name()));
        by.addClassName("fv-fact-label");
        box.add(by, words(q.text()), new Paragraph(c.getTranslation("contributions.staff.heard-by",
                c.getTranslation("contributions.heard-by." + q.heardBy().name()))));
        var badges = new Paragraph();
        if (q.workerOnly()) {
            badges.add(badge(c.getTranslation("contributions.only-for-you"), false));
        }
        if (q.flagged()) {
            badges.add(badge(c.getTranslation("contributions.flagged"), true));
        }
        if (q.authorYoungPerson() && q.heardBy() == HeardBy.SELF) {
            badges.add(badge(c.getTranslation("agenda.says-it-themselves"), false));
        }
        if (badges.getChildren().findAny().isPresent()) {
            box.add(badges);
        }
        return box;
    }

    static ListItem card() {
        var li = new ListItem();
        li.addClassName("fv-contribution");
        return li;
    }

    /** Words exactly as typed, shown as text. */
    static Div words(String text) {
        var words = new Div();
        words.setText(text);
        words.addClassName("fv-plain-text");
        return words;
    }

    static Span badge(String text, boolean alert) {
        var badge = new Span(text);
        badge.addClassName("fv-badge");
        if (alert) {
            badge.addClassName("fv-badge-alert");
        }
        return badge;
    }

    /** The printable agenda, made when the link is followed (the service checks access then and records it). */
    static Anchor pdfLink(Component c, AgendaService agenda, Meeting meeting) {
        DownloadHandler handler = event -> {
            byte[] pdf = agenda.printable(meeting.id());
            event.setFileName("agenda-" + FILE_DAY.format(meeting.startsAt()) + ".pdf");
            event.setContentType("application/pdf");
            event.setContentLength(pdf.length);
            try (OutputStream out = event.getOutputStream()) {
                out.write(pdf);
            }
        };
        var link = new Anchor(handler, c.getTranslation("agenda.pdf.link"));
        link.addClassName("fv-agenda-pdf");
        return link;
    }
}

package org.familyvoice.themes.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.familyvoice.accounts.Team;
import org.familyvoice.base.ui.Formats;
import org.familyvoice.themes.Quote;

import java.util.List;

/**
 * One quote: when, who (parent or carer, young person, anonymous), where it was written and about which meeting,
 * how it feels, and the words themselves as plain text (never HTML). A redacted quote says so and why.
 */
class QuoteCard extends ListItem {

    /** Actions on this quote: "Link to an improvement action" (issue #5, closing the loop). */
    final HorizontalLayout actions = new HorizontalLayout();

    QuoteCard(Quote q, List<Team> teams) {
        addClassNames("fv-card", "fv-quote");
        // One line of facts separated by commas, so it reads as words aloud and on screen whatever the styling.
        var meta = new Div(fact(String.join(", ", Formats.date(q.saidOn()), FigureWords.source(this, q.source().name()),
                        getTranslation("themes.origin." + q.origin().name()),
                        FigureWords.meetingType(this, q.meetingType()), team(q.teamId(), teams))),
                badge(getTranslation("themes.sentiment." + q.sentiment().name()), "fv-quote-sentiment"));
        meta.addClassName("fv-quote-meta");
        add(meta);
        if (q.redacted()) {
            var marker = badge(getTranslation("themes.quotes.redacted"), "fv-quote-redacted");
            var why = new Span(getTranslation(q.source() == org.familyvoice.themes.VoiceSource.ANONYMOUS
                    ? "themes.quotes.redacted.anonymous" : "themes.quotes.redacted.why"));
            why.addClassName("fv-hint");
            var note = new Div(marker, why);
            note.addClassName("fv-quote-redaction");
            add(note);
        }
        var words = new Paragraph();
        words.setText(q.text());
        words.addClassNames("fv-plain-text", "fv-quote-text");
        add(words);
        List<String> others = q.themes();
        if (others.size() > 1) {
            var also = new Paragraph(getTranslation("themes.quotes.themes", String.join(", ", others)));
            also.addClassName("fv-hint");
            add(also);
        }
        // "Link to an improvement action" goes here (ThemeQuotesView adds it for managers who may link evidence).
        actions.addClassName("fv-quote-actions");
        actions.setPadding(false);
        actions.setSpacing(true);
        add(actions);
    }

    private String team(long teamId, List<Team> teams) {
        return teamId == 0 ? getTranslation("themes.split.no-team")
                : teams.stream().filter(t -> t.id().value() == teamId).map(Team::name).findFirst()
                .orElse(getTranslation("themes.split.team-id", String.valueOf(teamId)));
    }

    private static Span fact(String text) {
        var span = new Span(text);
        span.addClassName("fv-quote-fact");
        return span;
    }

    private static Span badge(String text, String className) {
        var badge = new Span(text);
        badge.addClassNames("fv-badge", className);
        return badge;
    }
}

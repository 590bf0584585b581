package org.familyvoice.themes.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.familyvoice.base.UserFacingException;
import org.familyvoice.base.ui.Formats;
import org.familyvoice.base.ui.Notices;
import org.familyvoice.themes.ReviewItem;
import org.familyvoice.themes.Sentiment;
import org.familyvoice.themes.TagChange;
import org.familyvoice.themes.TagReviewService;
import org.familyvoice.themes.ThemeRef;
import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * One item under review: when and from whom (by kind of person), the words exactly as written, its themes and feeling,
 * whether someone checked it, "Confirm" and "Correct" for staff who may change it, and every correction made so far.
 * After a change the card shows the item as it now is.
 */
class ReviewCard extends ListItem {

    private final TagReviewService review;
    private final List<ThemeRef> themes;
    private ReviewItem item;
    private @Nullable Button correct;

    ReviewCard(TagReviewService review, ReviewItem item, List<ThemeRef> themes) {
        this.review = review;
        this.themes = themes;
        this.item = item;
        addClassName("fv-review-item");
        render();
    }

    private void render() {
        removeAll();
        correct = null;
        var heading = new H3(getTranslation("tag-review.item.heading", Formats.date(item.saidAt()),
                getTranslation("tag-review.source." + item.source().name())));
        heading.addClassName("fv-review-heading");
        var from = new Paragraph(getTranslation("tag-review.origin." + item.origin().name())
                + (item.familyName() == null ? "" : " · " + item.familyName()));
        from.addClassName("fv-fact-label");
        var words = new Div();
        words.setText(item.text());
        words.addClassName("fv-plain-text");
        add(heading, from, words, themesLine(), new Paragraph(getTranslation("tag-review.feeling",
                sentiment(item.sentiment()))), reviewedLine());
        if (item.mayChange()) {
            var confirm = new Button(getTranslation("tag-review.confirm"), e -> confirm());
            confirm.setAriaLabel(getTranslation("tag-review.confirm.aria", shortText()));
            correct = new Button(getTranslation("tag-review.correct"),
                    e -> new CorrectTagsDialog(review, item, themes, this::changed).open());
            correct.setAriaLabel(getTranslation("tag-review.correct.aria", shortText()));
            correct.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            var actions = new Div(confirm, correct);
            actions.addClassName("fv-actions");
            add(actions);
        }
        if (!item.changes().isEmpty()) {
            var history = new UnorderedList();
            history.addClassName("fv-review-history");
            history.getElement().setAttribute("aria-label", getTranslation("tag-review.history"));
            for (TagChange c : item.changes()) {
                history.add(new ListItem(historyLine(c)));
            }
            add(history);
        }
    }

    private Paragraph themesLine() {
        var line = new Paragraph(getTranslation("tag-review.themes") + " ");
        line.addClassName("fv-review-themes");
        if (item.themes().isEmpty()) {
            line.add(new Span(getTranslation("tag-review.no-theme")));
        }
        for (ThemeRef t : item.themes()) {
            var chip = new Span(t.name());
            chip.addClassName("fv-badge");
            line.add(chip, new Span(" "));
        }
        return line;
    }

    private Paragraph reviewedLine() {
        var line = new Paragraph(item.reviewedAt() == null ? getTranslation("tag-review.not-reviewed")
                : getTranslation("tag-review.reviewed", item.reviewedBy() == null ? "" : item.reviewedBy(),
                Formats.date(item.reviewedAt())));
        line.addClassName("fv-review-state");
        return line;
    }

    /** "Changed by Priya Shah on 7 March 2026: from A, B to A, C" (and the feeling, when that changed). */
    String historyLine(TagChange c) {
        String line = getTranslation("tag-review.history.line", c.changedBy(), Formats.date(c.changedAt()),
                names(c.themesBefore()), names(c.themesAfter()));
        if (c.sentimentChanged()) {
            line += getTranslation("tag-review.history.feeling", sentiment(c.sentimentBefore()),
                    sentiment(c.sentimentAfter()));
        }
        return line;
    }

    private String names(List<String> names) {
        return names.isEmpty() ? getTranslation("tag-review.no-theme") : String.join(", ", names);
    }

    private String sentiment(Sentiment s) {
        return getTranslation("tag-review.sentiment." + s.name());
    }

    private String shortText() {
        return item.text().length() > 40 ? item.text().substring(0, 40) + "…" : item.text();
    }

    private void confirm() {
        try {
            changed(review.confirm(item.id()));
            Notices.success(this, "tag-review.confirmed");
        } catch (UserFacingException ex) {
            Notices.error(this, ex);
        }
    }

    /** Shows the item as it now is, keeping the keyboard on the card. */
    private void changed(ReviewItem now) {
        item = now;
        render();
        if (correct != null) {
            correct.focus();
        }
    }
}

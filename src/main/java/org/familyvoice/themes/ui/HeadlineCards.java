package org.familyvoice.themes.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.familyvoice.themes.Dashboard.Headline;
import org.familyvoice.themes.Dashboard.Listened;
import org.familyvoice.themes.ThemeDashboardService;

import java.util.List;

/**
 * The headline figures for the period, each with the change from the period before in words: feedback forms, the
 * share of words that were positive and negative, the average of each rating statement, and "felt listened to"
 * from the post-meeting checks, by side.
 */
class HeadlineCards extends Section {

    private final Div cards = new Div();

    HeadlineCards() {
        addClassName("fv-themes-headline");
        add(new H2(getTranslation("themes.headline.title")));
        add(new Paragraph(getTranslation("themes.headline.intro")));
        cards.addClassNames("fv-cards", "fv-figure-cards");
        add(cards);
    }

    void show(Headline h) {
        cards.removeAll();
        cards.add(card("themes.headline.forms", FigureWords.count(this, h.forms()),
                FigureWords.countChange(this, h.forms(), h.previousForms())));
        for (String sentiment : List.of("POSITIVE", "NEGATIVE")) {
            Double now = Headline.share(h.words(), sentiment);
            Double before = Headline.share(h.previousWords(), sentiment);
            cards.add(card("themes.headline.share." + sentiment, FigureWords.percent(this, now),
                    FigureWords.percentChange(this, now, before)));
        }
        for (String rating : ThemeDashboardService.RATINGS) {
            cards.add(card("themes.headline.rating." + rating, FigureWords.average(this, h.ratings().get(rating)),
                    FigureWords.averageChange(this, h.ratings().get(rating), h.previousRatings().get(rating))));
        }
        cards.add(listened(h.listened(), h.previousListened()));
    }

    private Div card(String titleKey, String value, String change) {
        var card = new Div(new H3(getTranslation(titleKey)), figure(value, change));
        card.addClassNames("fv-card", "fv-figure-card");
        return card;
    }

    private Div figure(String value, String change) {
        var big = new Span(value);
        big.addClassName("fv-figure-value");
        var since = new Span(change);
        since.addClassName("fv-figure-change");
        var figure = new Div(big, since);
        figure.addClassName("fv-figure");
        return figure;
    }

    /** "Felt listened to" after meetings: yes-share for the child, the parent or carer, and the practitioner. */
    private Div listened(List<Listened> now, List<Listened> before) {
        var list = new UnorderedList();
        list.addClassName("fv-figure-list");
        for (Listened side : now) {
            Listened previous = before.stream().filter(b -> b.respondent().equals(side.respondent())).findFirst()
                    .orElse(new Listened(side.respondent(), 0, 0, 0, org.familyvoice.themes.Figure.NONE));
            var who = new Span(getTranslation("themes.headline.side." + side.respondent()));
            who.addClassName("fv-figure-side");
            list.add(new ListItem(who, figure(FigureWords.percent(this, side.yesShare()),
                    FigureWords.percentChange(this, side.yesShare(), previous.yesShare()))));
        }
        var card = new Div(new H3(getTranslation("themes.headline.listened")),
                new Paragraph(getTranslation("themes.headline.listened.intro")), list);
        card.addClassNames("fv-card", "fv-figure-card", "fv-figure-card-wide");
        return card;
    }
}

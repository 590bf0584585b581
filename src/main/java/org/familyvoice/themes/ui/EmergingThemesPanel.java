package org.familyvoice.themes.ui;

import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import org.familyvoice.base.ui.Formats;
import org.familyvoice.themes.Emerging;
import org.familyvoice.themes.EmergingTerm;
import org.familyvoice.themes.EmergingThemesService;
import org.familyvoice.themes.Figure;

/**
 * "Emerging: words not covered by any theme", for a manager's page: the words and phrases families used clearly
 * more in the last 30 days than in the 90 before, strongest rise first, each with how often and by how many people
 * (now and before) and a few redacted quotes; or a plain sentence when nothing stands out. Loads when created;
 * {@link #refresh()} loads again. The caller must be a manager (the service checks).
 */
public class EmergingThemesPanel extends Section {

    private static final String HEADING_ID = "fv-emerging-heading";

    private final EmergingThemesService service;
    private final Div body = new Div();

    public EmergingThemesPanel(EmergingThemesService service) {
        this.service = service;
        addClassName("fv-emerging");
        H2 heading = new H2(getTranslation("emerging.title"));
        heading.setId(HEADING_ID);
        getElement().setAttribute("aria-labelledby", HEADING_ID);
        add(heading, new Paragraph(getTranslation("emerging.intro", EmergingThemesService.NOW_DAYS,
                EmergingThemesService.BEFORE_DAYS)), body);
        refresh();
    }

    /** Reads the emerging terms again (as of today) and shows them. */
    public void refresh() {
        body.removeAll();
        Emerging emerging = service.emerging();
        body.add(new Paragraph(getTranslation("emerging.period", Formats.date(emerging.from()),
                Formats.date(emerging.to()), Formats.date(emerging.beforeFrom()), Formats.date(emerging.beforeTo()))));
        if (emerging.terms().isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("emerging.empty", EmergingThemesService.NOW_DAYS));
            empty.addClassName("fv-emerging-empty");
            body.add(empty);
            return;
        }
        OrderedList list = new OrderedList();
        list.addClassName("fv-emerging-list");
        for (EmergingTerm term : emerging.terms()) {
            list.add(item(term));
        }
        body.add(list);
    }

    private ListItem item(EmergingTerm term) {
        ListItem item = new ListItem();
        item.addClassName("fv-emerging-term");
        H3 label = new H3(getTranslation("emerging.term", term.label()));
        if (term.isNew()) {
            Span badge = new Span(getTranslation("emerging.new"));
            badge.addClassName("fv-emerging-new");
            label.add(badge);
        }
        item.add(label, new Paragraph(getTranslation("emerging.now", EmergingThemesService.NOW_DAYS,
                term.now().items(), term.now().contributors())), new Paragraph(before(term.before())));
        if (!term.quotes().isEmpty()) {
            item.add(new Paragraph(getTranslation("emerging.quotes")));
            Div quotes = new Div();
            quotes.addClassName("fv-emerging-quotes");
            for (String quote : term.quotes()) {
                quotes.add(new Quote(quote));
            }
            item.add(quotes);
        }
        return item;
    }

    private String before(Figure before) {
        if (before.items() == 0) {
            return getTranslation("emerging.before.none", EmergingThemesService.BEFORE_DAYS);
        }
        if (before.suppressed()) {
            return getTranslation("emerging.before.few", EmergingThemesService.BEFORE_DAYS);
        }
        return getTranslation("emerging.before", EmergingThemesService.BEFORE_DAYS, before.items(), before.contributors());
    }

    /** A quote as text (never markup). */
    @Tag("blockquote")
    static final class Quote extends HtmlContainer {
        Quote(String text) {
            setText(text);
            addClassName("fv-emerging-quote");
        }
    }
}

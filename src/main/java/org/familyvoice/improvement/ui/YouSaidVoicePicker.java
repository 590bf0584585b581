package org.familyvoice.improvement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.familyvoice.base.UserFacingException;
import org.familyvoice.base.ui.Formats;
import org.familyvoice.base.ui.UkDatePicker;
import org.familyvoice.improvement.YouSaidEntry.Choice;
import org.familyvoice.improvement.YouSaidEntry.Voice;
import org.familyvoice.improvement.YouSaidService;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which of families' words fed an entry: the ones linked so far, and a finder that lists a theme's words over a
 * period (redacted, a page at a time from the database) with a checkbox each. A theme with fewer than 5 people in the
 * period lists nothing. Once an entry has been published its words are fixed and only shown.
 */
class YouSaidVoicePicker extends Section {

    private final YouSaidService service;
    private final Map<Long, Voice> chosen = new LinkedHashMap<>();
    private final Paragraph count = new Paragraph();
    private final UnorderedList linked = new UnorderedList();
    private final Div finder = new Div();
    private final ComboBox<Choice> theme = new ComboBox<>();
    private final DatePicker from;
    private final DatePicker to;
    private final Paragraph finderNote = new Paragraph();
    private final Grid<Voice> grid = new Grid<>();
    private boolean fixed;

    YouSaidVoicePicker(YouSaidService service, List<Choice> themes, LocalDate today) {
        this.service = service;
        addClassName("fv-you-said-voices");
        add(new H2(getTranslation("you-said.voices.title")), new Paragraph(getTranslation("you-said.voices.intro")));
        count.getElement().setAttribute("aria-live", "polite");
        linked.addClassName("fv-you-said-linked");
        add(count, linked);

        theme.setLabel(getTranslation("you-said.voices.theme"));
        theme.setItems(themes);
        theme.setItemLabelGenerator(Choice::name);
        theme.setClearButtonVisible(true);
        from = UkDatePicker.create(this, "you-said.voices.from", "you-said.voices.date-help");
        to = UkDatePicker.create(this, "you-said.voices.to", "you-said.voices.date-help");
        from.setValue(today.minusMonths(3));
        to.setValue(today);
        theme.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        var filters = new Div(theme, from, to);
        filters.addClassName("fv-inline-form");
        filters.getElement().setAttribute("role", "search");
        filters.getElement().setAttribute("aria-label", getTranslation("you-said.voices.title"));

        grid.addComponentColumn(this::checkbox).setHeader(getTranslation("you-said.voices.column.link"))
                .setKey("link").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(v -> Formats.date(v.saidOn())).setHeader(getTranslation("you-said.voices.column.said"))
                .setKey("said").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Voice::redactedText).setHeader(getTranslation("you-said.voices.column.words"))
                .setKey("words").setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel(getTranslation("you-said.voices.title"));
        grid.addClassName("fv-you-said-voice-grid");
        finderNote.getElement().setAttribute("aria-live", "polite");
        finder.add(filters, finderNote, grid);
        add(finder);
        refresh();
        showChosen();
    }

    /** The words already linked, and whether they may still change. */
    void setLinked(List<Voice> voices, boolean fixed) {
        chosen.clear();
        voices.forEach(v -> chosen.put(v.itemId(), v));
        this.fixed = fixed;
        finder.setVisible(!fixed);
        showChosen();
        grid.getDataProvider().refreshAll();
    }

    /** Looks in this theme (the entry's own theme, when it has one and nothing is chosen here yet). */
    void suggestTheme(Choice choice) {
        if (theme.getValue() == null && !fixed) {
            theme.setValue(choice);
        }
    }

    List<Long> chosenIds() {
        return new ArrayList<>(chosen.keySet());
    }

    private Checkbox checkbox(Voice v) {
        var box = new Checkbox(chosen.containsKey(v.itemId()));
        box.setAriaLabel(getTranslation("you-said.voices.pick") + ": " + Formats.date(v.saidOn()));
        box.addValueChangeListener(e -> {
            if (e.getValue()) {
                chosen.put(v.itemId(), v);
            } else {
                chosen.remove(v.itemId());
            }
            showChosen();
        });
        return box;
    }

    private void refresh() {
        Choice t = theme.getValue();
        LocalDate f = from.getValue();
        LocalDate l = to.getValue();
        grid.setVisible(false);
        if (t == null || f == null || l == null) {
            finderNote.setText(getTranslation("you-said.voices.choose-theme"));
            return;
        }
        try {
            if (!service.mayListVoices(t.id(), f, l)) {
                // nobody at all reads the same as 1 to 4 people: telling them apart would say how many
                finderNote.setText(getTranslation("you-said.voices.fewer-than-5"));
                return;
            }
        } catch (UserFacingException e) {
            finderNote.setText(getTranslation(e.messageKey(), e.args()));
            return;
        }
        finderNote.setText("");
        grid.setVisible(true);
        grid.setItems(q -> service.voices(t.id(), f, l, q.getOffset(), q.getLimit()).stream(),
                q -> service.countVoices(t.id(), f, l));
    }

    private void showChosen() {
        count.setText(chosen.isEmpty() ? getTranslation("you-said.voices.none-linked")
                : getTranslation("you-said.voices.linked", chosen.size()));
        linked.removeAll();
        if (fixed) {
            linked.add(new ListItem(getTranslation("you-said.voices.fixed")));
        }
        for (Voice v : chosen.values()) {
            var words = new Span(v.redactedText());
            words.addClassName("fv-plain-text");
            var when = new Span(Formats.date(v.saidOn()));
            when.addClassName("fv-fact-label");
            var item = new ListItem(when, words);
            if (!fixed) {
                var remove = new Button(getTranslation("you-said.voices.unlink"), e -> {
                    chosen.remove(v.itemId());
                    showChosen();
                    grid.getDataProvider().refreshAll();
                });
                remove.setAriaLabel(getTranslation("you-said.voices.unlink.label", Formats.date(v.saidOn())));
                remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                item.add(remove);
            }
            linked.add(item);
        }
    }
}

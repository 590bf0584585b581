package org.familyvoice.meetings.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.familyvoice.base.UserFacingException;
import org.familyvoice.base.ui.Confirm;
import org.familyvoice.base.ui.Notices;
import org.familyvoice.meetings.AgendaItem;
import org.familyvoice.meetings.AgendaItemId;
import org.familyvoice.meetings.AgendaPublication;
import org.familyvoice.meetings.AgendaService;
import org.familyvoice.meetings.Contribution;
import org.familyvoice.meetings.Meeting;
import org.familyvoice.meetings.StaffAgenda;
import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Set;

/**
 * The agenda, for the family's staff: what is new from the family (accept, merge into an item, park), the agenda in
 * order (move, remove, the worker's own items), what is parked, an item of one's own, the young person's items
 * first, and publishing. Every change names the agenda version shown; if someone else changed the agenda meanwhile,
 * the message says so and the agenda is shown as it is now. Staff who may only read see it without the buttons.
 */
class AgendaBuilder extends Section {

    private static final Set<String> TEXT_PROBLEMS = Set.of("agenda.error.empty-text", "agenda.error.too-long",
            "meetings.error.hidden-characters");

    private final AgendaService agenda;
    private final Meeting meeting;
    private StaffAgenda current;
    private @Nullable String problem;
    private @Nullable AgendaItemId editing;
    private String ownDraft = "";
    private String editDraft = "";
    private @Nullable Component freshPart;
    private final Span liveStatus = new Span();

    AgendaBuilder(AgendaService agenda, Meeting meeting) {
        this.agenda = agenda;
        this.meeting = meeting;
        addClassName("fv-agenda-builder");
        render();
    }

    /**
     * Shows the agenda as it is now, after a family member added, changed or withdrew an item (pushed live). When
     * only the new items changed, only that list is replaced, so the worker's place on the page and the keyboard
     * focus stay where they were; either way what they have typed is kept, and a screen reader hears that the list
     * changed.
     */
    void refresh() {
        StaffAgenda now = agenda.staffAgenda(meeting.id());
        if (freshPart == null || !now.items().equals(current.items()) || !now.parked().equals(current.parked())
                || now.changeable() != current.changeable()) {
            render(now);
        } else {
            current = now;
            Component shown = fresh(current.changeable());
            replace(freshPart, shown);
            freshPart = shown;
        }
        liveStatus.setText(getTranslation("agenda.new.updated", current.fresh().size()));
    }

    private void render() {
        render(agenda.staffAgenda(meeting.id()));
    }

    private void render(StaffAgenda shown) {
        removeAll();
        current = shown;
        boolean changeable = current.changeable();
        add(new H2(getTranslation("agenda.staff.title")));
        if (problem != null) {
            var alert = new Paragraph(problem);
            alert.addClassName("fv-form-error");
            alert.getElement().setAttribute("role", "alert");
            add(alert);
        }
        if (current.publishedAt() != null) {
            add(new Paragraph(getTranslation("agenda.staff.published", MeetingWords.day(current.publishedAt()))));
            if (current.publishedLate()) {
                add(new Paragraph(getTranslation("agenda.staff.published-late", current.publishDaysBefore())));
            }
        } else {
            add(new Paragraph(getTranslation(changeable ? "agenda.staff.intro" : "agenda.staff.not-published")));
            if (changeable) {
                add(new Paragraph(getTranslation("agenda.staff.not-published")));
            }
        }
        if (!changeable && !meeting.cancelled()) {
            add(new Paragraph(getTranslation("agenda.staff.read-only")));
        }
        add(new Paragraph(AgendaParts.pdfLink(this, agenda, meeting)),
                new Paragraph(getTranslation("agenda.pdf.staff-note")));

        add(new H3(getTranslation("agenda.new.title")));
        liveStatus.getElement().setAttribute("role", "status");
        liveStatus.addClassName("fv-visually-hidden");
        freshPart = fresh(changeable);
        add(liveStatus, freshPart);
        add(new H3(getTranslation("agenda.items.title")));
        add(items(changeable));
        add(new H3(getTranslation("agenda.parked.title")));
        add(parked(changeable));
        if (changeable) {
            add(new H3(getTranslation("agenda.own.title")), ownForm(), finish());
        }
    }

    // ---------------------------------------------------------------- sections

    private Component fresh(boolean changeable) {
        if (current.fresh().isEmpty()) {
            return new Paragraph(getTranslation("agenda.new.none"));
        }
        List<AgendaItem> familyItems = current.items().stream().filter(i -> !i.practitioners()).toList();
        var list = new UnorderedList();
        list.addClassName("fv-contribution-list");
        for (Contribution c : current.fresh()) {
            var li = AgendaParts.card();
            li.add(AgendaParts.staffQuote(this, c));
            if (changeable) {
                String words = AgendaParts.shortText(c.text());
                var accept = button("agenda.accept", words, () -> agenda.accept(c.id(), current.agendaVersion()));
                accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                var park = button("agenda.park", words, () -> agenda.park(c.id(), current.agendaVersion()));
                var actions = new Div(accept, park);
                actions.addClassName("fv-actions");
                li.add(actions);
                if (!familyItems.isEmpty()) {
                    li.add(mergeForm(c, familyItems));
                }
            }
            list.add(li);
        }
        return list;
    }

    private Component mergeForm(Contribution c, List<AgendaItem> familyItems) {
        var into = new Select<AgendaItem>();
        into.setLabel(getTranslation("agenda.merge.into"));
        into.setAriaLabel(getTranslation("agenda.merge.into.aria", AgendaParts.shortText(c.text())));
        into.setItems(familyItems);
        into.setItemLabelGenerator(i -> AgendaParts.label(this, current.items().indexOf(i) + 1, i));
        var merge = button("agenda.merge", AgendaParts.shortText(c.text()), () -> {
            if (into.getValue() == null) {
                throw new UserFacingException("agenda.merge.choose");
            }
            agenda.merge(c.id(), into.getValue().id(), current.agendaVersion());
        });
        var form = new Div(into, merge);
        form.addClassName("fv-inline-form");
        return form;
    }

    private Component items(boolean changeable) {
        if (current.items().isEmpty()) {
            return new Paragraph(getTranslation("agenda.items.none"));
        }
        var list = new OrderedList();
        list.addClassName("fv-contribution-list");
        int n = 0;
        for (AgendaItem item : current.items()) {
            n++;
            var li = AgendaParts.card();
            li.addClassName("fv-agenda-item");
            li.add(new H4(AgendaParts.heading(this, n, item)));
            String words = AgendaParts.shortText(item.practitioners() ? String.valueOf(item.staffText())
                    : item.quotes().getFirst().text());
            if (item.practitioners()) {
                li.add(item.id().equals(editing) && changeable ? editForm(item) : AgendaParts.words(
                        String.valueOf(item.staffText())));
            }
            for (Contribution q : item.quotes()) {
                li.add(AgendaParts.staffQuote(this, q));
                if (changeable) {
                    var actions = new Div(button("agenda.park", AgendaParts.shortText(q.text()),
                            () -> agenda.park(q.id(), current.agendaVersion())));
                    actions.addClassName("fv-actions");
                    li.add(actions);
                }
            }
            if (changeable) {
                var actions = new Div();
                actions.addClassName("fv-actions");
                if (n > 1) {
                    actions.add(button("agenda.move-up", words, () -> agenda.moveUp(item.id(), current.agendaVersion())));
                }
                if (n < current.items().size()) {
                    actions.add(button("agenda.move-down", words,
                            () -> agenda.moveDown(item.id(), current.agendaVersion())));
                }
                if (item.practitioners() && !item.id().equals(editing)) {
                    var edit = new Button(getTranslation("agenda.edit"), e -> {
                        editing = item.id();
                        editDraft = String.valueOf(item.staffText());
                        render();
                    });
                    edit.setAriaLabel(getTranslation("agenda.edit.aria", words));
                    actions.add(edit);
                }
                var remove = button("agenda.remove", words, () -> agenda.remove(item.id(), current.agendaVersion()));
                remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
                actions.add(remove);
                li.add(actions);
            }
            list.add(li);
        }
        return list;
    }

    private Component parked(boolean changeable) {
        if (current.parked().isEmpty()) {
            return new Paragraph(getTranslation("agenda.parked.none"));
        }
        var list = new UnorderedList();
        list.addClassName("fv-contribution-list");
        for (Contribution c : current.parked()) {
            var li = AgendaParts.card();
            li.add(AgendaParts.staffQuote(this, c));
            if (changeable) {
                var actions = new Div(button("agenda.unpark", AgendaParts.shortText(c.text()),
                        () -> agenda.unpark(c.id(), current.agendaVersion())));
                actions.addClassName("fv-actions");
                li.add(actions);
            }
            list.add(li);
        }
        return list;
    }

    // ---------------------------------------------------------------- the worker's own words

    private Component ownForm() {
        var text = textArea("agenda.own.text", ownDraft);
        text.addValueChangeListener(e -> ownDraft = e.getValue());
        var add = new Button(getTranslation("agenda.own.add"), e -> act(() -> {
            agenda.addOwn(meeting.id(), current.agendaVersion(), text.getValue());
            ownDraft = "";
        }, text));
        var form = new Div(text, add);
        form.addClassName("fv-contribution-form");
        return form;
    }

    private Component editForm(AgendaItem item) {
        var text = textArea("agenda.own.text", editDraft);
        text.addValueChangeListener(e -> editDraft = e.getValue());
        var save = new Button(getTranslation("agenda.edit.save"), e -> act(() -> {
            agenda.editOwn(item.id(), current.agendaVersion(), text.getValue());
            editing = null;
        }, text));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var stop = new Button(getTranslation("agenda.edit.stop"), e -> {
            editing = null;
            render();
        });
        var actions = new Div(save, stop);
        actions.addClassName("fv-actions");
        var form = new Div(text, actions);
        form.addClassName("fv-contribution-form");
        return form;
    }

    private TextArea textArea(String labelKey, String value) {
        var text = new TextArea(getTranslation(labelKey));
        text.setMaxLength(AgendaService.MAX_TEXT);
        text.setWidthFull();
        text.setMinRows(2);
        text.setValue(value);
        return text;
    }

    // ---------------------------------------------------------------- order and publishing

    private Component finish() {
        var youngFirst = new Button(getTranslation("agenda.young-first"),
                e -> act(() -> agenda.youngPersonFirst(meeting.id(), current.agendaVersion()), null));
        var actions = new Div(youngFirst);
        actions.addClassName("fv-actions");
        if (!current.published()) {
            var publish = new Button(getTranslation("agenda.publish"), e -> {
                long seen = current.agendaVersion();
                Confirm.ask(this, getTranslation("agenda.publish.confirm.header"),
                        getTranslation("agenda.publish.confirm.text"), getTranslation("agenda.publish"),
                        () -> act(() -> published(agenda.publish(meeting.id(), seen)), null));
            });
            publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(publish);
        }
        return actions;
    }

    private void published(AgendaPublication publication) {
        if (publication.late()) {
            var n = Notification.show(getTranslation("agenda.published.late", publication.daysBefore()), 10000,
                    Notification.Position.TOP_CENTER);
            n.addThemeVariants(NotificationVariant.LUMO_WARNING);
        } else {
            Notices.success(this, "agenda.published");
        }
    }

    // ---------------------------------------------------------------- acting

    private Button button(String key, String words, Runnable change) {
        var button = new Button(getTranslation(key), e -> act(change, null));
        button.setAriaLabel(getTranslation(key + ".aria", words));
        return button;
    }

    /**
     * Makes a change and shows the agenda as it is now. A refusal is shown on the text field it is about (keeping
     * what was typed) or above the agenda, read out at once; "changed meanwhile" also shows the fresh agenda.
     */
    private void act(Runnable change, @Nullable TextArea field) {
        try {
            change.run();
            problem = null;
        } catch (UserFacingException e) {
            String message = getTranslation(e.messageKey(), e.args());
            if (field != null && TEXT_PROBLEMS.contains(e.messageKey())) {
                field.setErrorMessage(message);
                field.setInvalid(true);
                return;
            }
            problem = message;
        }
        render();
    }
}

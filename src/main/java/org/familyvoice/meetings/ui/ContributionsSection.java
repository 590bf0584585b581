package org.familyvoice.meetings.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.familyvoice.base.UserFacingException;
import org.familyvoice.base.ui.Notices;
import org.familyvoice.meetings.Contribution;
import org.familyvoice.meetings.ContributionKind;
import org.familyvoice.meetings.ContributionService;
import org.familyvoice.meetings.HeardBy;
import org.familyvoice.meetings.Meeting;
import org.familyvoice.meetings.Visibility;
import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * "What I want to talk about": an invited family member adds items under the Signs of Safety questions while the
 * meeting is open for them, changes or takes away their own, and reads what the rest of the family shared. A young
 * person also chooses how each item is heard and who sees it; a parent or carer chooses who sees it. Each may also
 * allow an item shared with everyone to be used, without their name, to improve the service (unticked to start).
 */
class ContributionsSection extends Section {

    private final ContributionService contributions;
    private final Meeting meeting;
    private final boolean youngPerson;
    private @Nullable Contribution editing;

    ContributionsSection(ContributionService contributions, Meeting meeting, boolean youngPerson) {
        this.contributions = contributions;
        this.meeting = meeting;
        this.youngPerson = youngPerson;
        addClassName("fv-contributions");
        render();
    }

    private void render() {
        removeAll();
        add(new H2(getTranslation("contributions.title")));
        boolean open = contributions.openForMe(meeting.id());
        List<Contribution> visible = contributions.visibleToFamily(meeting.id());
        if (open) {
            add(new Paragraph(getTranslation("contributions.intro")), form());
        } else {
            editing = null;
            add(new Paragraph(getTranslation("contributions.closed-now")));
        }

        add(new H3(getTranslation("contributions.mine")));
        List<Contribution> mine = visible.stream().filter(Contribution::mine).toList();
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("contributions.mine.none")));
        } else {
            var list = new UnorderedList();
            list.addClassName("fv-contribution-list");
            for (Contribution c : mine) {
                var item = item(c, false);
                if (open) {
                    String shortText = c.text().length() > 40 ? c.text().substring(0, 40) + "…" : c.text();
                    var edit = new Button(getTranslation("contributions.edit"), e -> {
                        editing = c;
                        render();
                    });
                    edit.setAriaLabel(getTranslation("contributions.edit.aria", shortText));
                    var withdraw = new Button(getTranslation("contributions.withdraw"), e -> withdraw(c));
                    withdraw.setAriaLabel(getTranslation("contributions.withdraw.aria", shortText));
                    withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
                    var actions = new Div(edit, withdraw);
                    actions.addClassName("fv-actions");
                    item.add(actions);
                }
                list.add(item);
            }
            add(list);
        }

        List<Contribution> others = visible.stream().filter(c -> !c.mine()).toList();
        if (!others.isEmpty()) {
            add(new H3(getTranslation("contributions.others")));
            var list = new UnorderedList();
            list.addClassName("fv-contribution-list");
            others.forEach(c -> list.add(item(c, true)));
            add(list);
        }
    }

    private Component form() {
        var kind = new RadioButtonGroup<ContributionKind>(getTranslation("contributions.kind"));
        kind.setItems(ContributionKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("contributions.kind." + k.name()));
        kind.setRequiredIndicatorVisible(true);
        kind.addClassName("fv-vertical-radios");

        var text = new TextArea(getTranslation("contributions.text"));
        text.setMaxLength(ContributionService.MAX_TEXT);
        text.setRequired(true);
        text.setWidthFull();
        text.setMinRows(3);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setHelperText(getTranslation("feedback-staff.counter", "0", String.valueOf(ContributionService.MAX_TEXT)));
        text.addValueChangeListener(e -> {
            text.setHelperText(getTranslation("feedback-staff.counter", String.valueOf(e.getValue().length()),
                    String.valueOf(ContributionService.MAX_TEXT)));
            text.setInvalid(false);
        });

        var heardBy = new RadioButtonGroup<HeardBy>(getTranslation("contributions.heard-by"));
        heardBy.setItems(HeardBy.values());
        heardBy.setItemLabelGenerator(h -> getTranslation("contributions.heard-by." + h.name()));
        heardBy.setValue(HeardBy.SELF);
        heardBy.addClassName("fv-vertical-radios");

        var visibleTo = new RadioButtonGroup<Visibility>(getTranslation("contributions.visible-to"));
        visibleTo.setItems(Visibility.values());
        visibleTo.setItemLabelGenerator(v -> getTranslation("contributions.visible-to." + v.name()));
        visibleTo.setValue(Visibility.EVERYONE);
        visibleTo.addClassName("fv-vertical-radios");

        // starts unticked, as on the post-meeting check; only items shared with everyone are ever used
        var consent = new Checkbox(getTranslation(youngPerson ? "contributions.consent.young"
                : "contributions.consent"));
        consent.setValue(false);
        consent.setHelperText(getTranslation(youngPerson ? "contributions.consent.help.young"
                : "contributions.consent.help"));
        consent.addClassName("fv-contribution-consent");

        if (editing != null) {
            kind.setValue(editing.kind());
            text.setValue(editing.text());
            heardBy.setValue(editing.heardBy());
            visibleTo.setValue(editing.visibleTo());
            consent.setValue(editing.mayUseForImprovement());
        }
        Contribution changing = editing;
        var save = new Button(getTranslation(changing == null ? "contributions.add" : "contributions.save"), e -> {
            try {
                HeardBy how = youngPerson ? heardBy.getValue() : HeardBy.SELF;
                if (changing == null) {
                    contributions.add(meeting.id(), kind.getValue(), text.getValue(), how, visibleTo.getValue(),
                            consent.getValue());
                    Notices.success(this, "contributions.added");
                } else {
                    contributions.edit(changing.id(), changing.version(), kind.getValue(), text.getValue(), how,
                            visibleTo.getValue(), consent.getValue());
                    Notices.success(this, "contributions.saved");
                }
                editing = null;
                render();
            } catch (UserFacingException ex) {
                Notices.error(this, ex);
                String key = ex.messageKey();
                if (key.equals("contributions.error.kind")) {
                    kind.setErrorMessage(getTranslation(key, ex.args()));
                    kind.setInvalid(true);
                } else if (key.equals("contributions.error.empty") || key.equals("contributions.error.too-long")
                        || key.equals("meetings.error.hidden-characters")) {
                    text.setErrorMessage(getTranslation(key, ex.args()));
                    text.setInvalid(true);
                } else {
                    editing = null;
                    render();   // changed elsewhere, or closed meanwhile: show things as they are now
                }
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var actions = new Div(save);
        actions.addClassName("fv-actions");
        if (changing != null) {
            actions.add(new Button(getTranslation("contributions.stop-editing"), e -> {
                editing = null;
                render();
            }));
        }
        var form = new Div(kind, text);
        if (youngPerson) {
            form.add(heardBy);   // a parent or carer says their items themselves
        }
        form.add(visibleTo, consent, actions);
        form.addClassName("fv-contribution-form");
        return form;
    }

    private void withdraw(Contribution c) {
        try {
            contributions.withdraw(c.id(), c.version());
            Notices.success(this, "contributions.withdrawn");
        } catch (UserFacingException ex) {
            Notices.error(this, ex);
        }
        editing = null;
        render();
    }

    /** One item: what it is about, the words exactly as typed, and (for one's own) how it is heard and who sees it. */
    private ListItem item(Contribution c, boolean showAuthor) {
        var li = new ListItem();
        li.addClassName("fv-contribution");
        var about = new Span(getTranslation("contributions.kind." + c.kind().name())
                + (showAuthor ? " · " + c.authorName() : ""));
        about.addClassName("fv-fact-label");
        var words = new Div();
        words.setText(c.text());
        words.addClassName("fv-plain-text");
        li.add(about, words);
        if (c.mine()) {
            if (youngPerson) {
                li.add(new Paragraph(getTranslation("contributions.staff.heard-by",
                        getTranslation("contributions.heard-by." + c.heardBy().name()))));
            }
            if (c.workerOnly()) {
                var badge = new Span(getTranslation("contributions.only-me"));
                badge.addClassName("fv-badge");
                li.add(new Paragraph(badge));
            } else if (c.mayUseForImprovement()) {
                li.add(new Paragraph(getTranslation(youngPerson ? "contributions.consent.given.young"
                        : "contributions.consent.given")));
            }
        }
        return li;
    }
}

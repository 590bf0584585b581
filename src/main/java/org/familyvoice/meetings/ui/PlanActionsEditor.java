package org.familyvoice.meetings.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.familyvoice.base.StorableText;
import org.familyvoice.base.UserFacingException;
import org.familyvoice.base.ui.Notices;
import org.familyvoice.meetings.AfterMeetingService;
import org.familyvoice.meetings.MeetingOutcomes;
import org.familyvoice.meetings.PlanAction;

/** "Actions agreed" in the outcomes editor: the list, a Remove button on each, and a form to add one. */
class PlanActionsEditor extends Div {

    PlanActionsEditor(OutcomesEditor editor, AfterMeetingService after, MeetingOutcomes plan) {
        add(new H3(getTranslation("outcomes.actions")));
        if (plan.actions().isEmpty()) {
            add(new Paragraph(getTranslation("outcomes.actions.none")));
        } else {
            var list = new UnorderedList();
            list.addClassName("fv-plan-actions");
            for (PlanAction a : plan.actions()) {
                var li = new ListItem();
                li.addClassName("fv-plan-action");
                var words = new Span(PlanWords.action(this, a));
                words.addClassName("fv-plain-text");
                li.add(words);
                if (plan.editable()) {
                    String shortText = a.what().length() > 40 ? a.what().substring(0, 40) + "…" : a.what();
                    var remove = new Button(getTranslation("outcomes.action.remove"), e -> editor.change(
                            () -> after.removeAction(plan.meetingId(), plan.agendaVersion(), a.id()),
                            "outcomes.action.removed", null));
                    remove.setAriaLabel(getTranslation("outcomes.action.remove.aria", shortText));
                    remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
                    li.add(new Span(" "), remove);
                }
                list.add(li);
            }
            add(list);
        }
        if (!plan.editable()) {
            return;
        }
        var what = new TextArea(getTranslation("outcomes.action.what"));
        what.setMaxLength(AfterMeetingService.MAX_ACTION);
        what.setWidthFull();
        what.setMinRows(1);
        var who = new TextField(getTranslation("outcomes.action.who"));
        who.setMaxLength(AfterMeetingService.MAX_OWNER);
        who.setHelperText(getTranslation("outcomes.action.who.help"));
        var by = PlanWords.datePicker(this, "outcomes.action.by");
        by.setMin(plan.meetingDay());
        what.addValueChangeListener(e -> what.setInvalid(false));
        who.addValueChangeListener(e -> who.setInvalid(false));
        by.addValueChangeListener(e -> by.setInvalid(false));
        var add = new Button(getTranslation("outcomes.action.add"), e -> {
            try {
                after.addAction(plan.meetingId(), plan.agendaVersion(), what.getValue(), who.getValue(), by.getValue());
                Notices.success(this, "outcomes.action.added");
                editor.reload();
            } catch (UserFacingException ex) {
                Notices.error(this, ex);
                String key = ex.messageKey();
                boolean hiddenInWho = !StorableText.isStorable(who.getValue(), false);
                HasValidation field = key.startsWith("after.error.action-what") ? what
                        : key.equals("after.error.action-who") ? who
                        : key.equals("meetings.error.hidden-characters") ? (hiddenInWho ? who : what)
                        : key.equals("after.error.action-when") || key.equals("after.error.action-before-meeting")
                        || key.equals("after.error.too-far") ? by : null;
                if (field == null) {
                    editor.reload();   // changed elsewhere meanwhile: show it as it is now
                } else {
                    field.setErrorMessage(getTranslation(key, ex.args()));
                    field.setInvalid(true);
                }
            }
        });
        var form = new Div(what, who, by, add);
        form.addClassName("fv-plan-action-form");
        add(form);
    }
}

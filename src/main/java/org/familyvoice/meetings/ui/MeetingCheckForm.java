package org.familyvoice.meetings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.familyvoice.base.UserFacingException;
import org.familyvoice.base.ui.Notices;
import org.familyvoice.meetings.AfterMeetingService;
import org.familyvoice.meetings.CheckAnswer;
import org.familyvoice.meetings.CheckStatus;
import org.familyvoice.meetings.MeetingId;

/**
 * "How did the meeting go?": two questions (Yes, Partly, No), an optional comment and a consent box that starts
 * unticked. Answered once; afterwards, also on reload, the person reads a thank-you. The practitioner answers the same
 * two questions about the family.
 */
class MeetingCheckForm extends Section {

    private final AfterMeetingService after;
    private final MeetingId meetingId;
    private final String who;
    private final boolean youngPerson;

    MeetingCheckForm(AfterMeetingService after, MeetingId meetingId, boolean family, boolean youngPerson) {
        this.after = after;
        this.meetingId = meetingId;
        this.youngPerson = youngPerson;
        this.who = !family ? "staff" : youngPerson ? "young" : "adult";
        addClassName("fv-meeting-check");
        render(false);
    }

    private void render(boolean flagged) {
        removeAll();
        add(new H2(getTranslation("check.title." + who)));
        if (after.checkStatus(meetingId) == CheckStatus.ANSWERED) {
            var thanks = new Paragraph(getTranslation("check.thanks." + who));
            thanks.addClassName("fv-check-thanks");
            add(thanks);
            if (flagged) {
                add(new Paragraph(getTranslation(youngPerson ? "feedback.flagged.young" : "feedback.flagged.adult")));
            }
            return;
        }
        add(new Paragraph(getTranslation("check.intro." + who)));
        var listened = question("check.listened." + who);
        var next = question("check.next." + who);
        var comment = new TextArea(getTranslation("check.comment." + who));
        comment.setMaxLength(AfterMeetingService.MAX_COMMENT);
        comment.setWidthFull();
        comment.setMinRows(3);
        comment.setValueChangeMode(ValueChangeMode.LAZY);
        comment.addValueChangeListener(e -> comment.setInvalid(false));
        var consent = new Checkbox(getTranslation("check.consent"));
        consent.setValue(false);
        var send = new Button(getTranslation("check.send"), e -> {
            try {
                boolean raised = after.answerCheck(meetingId, listened.getValue(), next.getValue(), comment.getValue(),
                        consent.getValue());
                Notices.success(this, "check.sent." + who);
                render(raised);
            } catch (UserFacingException ex) {
                Notices.error(this, ex);
                switch (ex.messageKey()) {
                    case "check.error.listened" -> invalid(listened, ex);
                    case "check.error.next" -> invalid(next, ex);
                    case "check.error.comment-too-long", "meetings.error.hidden-characters" -> {
                        comment.setErrorMessage(getTranslation(ex.messageKey(), ex.args()));
                        comment.setInvalid(true);
                    }
                    default -> render(false);   // answered already (another tab), or no longer open
                }
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var actions = new Div(send);
        actions.addClassName("fv-actions");
        var form = new Div(listened, next, comment, consent, actions);
        form.addClassName("fv-check-form");
        add(form);
    }

    private RadioButtonGroup<CheckAnswer> question(String labelKey) {
        var group = new RadioButtonGroup<CheckAnswer>(getTranslation(labelKey));
        group.setItems(CheckAnswer.values());
        group.setItemLabelGenerator(a -> PlanWords.answer(this, a, youngPerson));
        group.setRequiredIndicatorVisible(true);
        group.addValueChangeListener(e -> group.setInvalid(false));
        return group;
    }

    private void invalid(RadioButtonGroup<CheckAnswer> group, UserFacingException ex) {
        group.setErrorMessage(getTranslation(ex.messageKey(), ex.args()));
        group.setInvalid(true);
    }
}

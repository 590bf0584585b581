package org.familyvoice.meetings.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.familyvoice.base.UserFacingException;
import org.familyvoice.base.ui.Notices;
import org.familyvoice.meetings.Meeting;
import org.familyvoice.meetings.MeetingService;

/** "Cancel this meeting?" with the reason the family will read; "Keep the meeting" is the safe way out. */
final class CancelMeeting {

    private CancelMeeting() {
    }

    static void ask(Component owner, MeetingService meetings, Meeting meeting, Runnable onChanged) {
        var reason = new TextArea(owner.getTranslation("meetings.cancel.reason"));
        reason.setHelperText(owner.getTranslation("meetings.cancel.reason.help"));
        reason.setMaxLength(MeetingService.MAX_REASON);
        reason.setRequiredIndicatorVisible(true);
        reason.setWidthFull();
        var dialog = new ConfirmDialog();
        dialog.setHeader(owner.getTranslation("meetings.cancel.title"));
        dialog.setText(new Div(new Paragraph(owner.getTranslation("meetings.cancel.text")), reason));
        dialog.setCancelable(true);
        dialog.setCancelText(owner.getTranslation("meetings.cancel.keep"));
        dialog.setConfirmText(owner.getTranslation("meetings.cancel.confirm"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCloseOnEsc(true);
        dialog.addConfirmListener(e -> {
            try {
                meetings.cancel(meeting.id(), meeting.version(), reason.getValue());
                Notices.success(owner, "meetings.cancelled");
                onChanged.run();
            } catch (UserFacingException ex) {
                Notices.error(owner, ex);
                if (ex.messageKey().equals("meetings.error.reason") || ex.messageKey().equals("meetings.error.reason-too-long")
                        || ex.messageKey().equals("meetings.error.hidden-characters")) {
                    reason.setErrorMessage(owner.getTranslation(ex.messageKey(), ex.args()));
                    reason.setInvalid(true);
                    dialog.open();   // a confirm dialog closes on confirm: keep it, with the reason typed so far
                } else {
                    onChanged.run();
                }
            }
        });
        dialog.open();
    }
}

package org.familyvoice.meetings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import org.familyvoice.base.UserFacingException;
import org.familyvoice.base.ui.Notices;
import org.familyvoice.meetings.Meeting;
import org.familyvoice.meetings.MeetingService;

import java.time.LocalDate;

/**
 * Moves a meeting to a new time or place. If someone else changed it meanwhile, nothing is saved: the person is
 * told and sees the meeting as it now is.
 */
final class MoveMeetingDialog extends Dialog {

    MoveMeetingDialog(MeetingService meetings, Meeting meeting, LocalDate today, Runnable onChanged) {
        setHeaderTitle(getTranslation("meetings.move.title"));
        addClassName("fv-meeting-dialog");
        var fields = new WhenAndWhere(today);
        fields.show(meeting);
        add(fields);
        var save = new Button(getTranslation("meetings.move.save"), e -> {
            fields.clearErrors();
            try {
                Meeting moved = meetings.move(meeting.id(), meeting.version(), fields.startsAt(), fields.minutes(),
                        fields.place.getValue(), fields.link.getValue());
                close();
                Notices.success(this, "meetings.moved", MeetingWords.day(moved.startsAt()));
                onChanged.run();
            } catch (UserFacingException ex) {
                if (!fields.showError(ex)) {
                    Notices.error(this, ex);
                    if (ex.messageKey().equals("meetings.error.changed")
                            || ex.messageKey().equals("meetings.error.already-cancelled")) {
                        close();
                        onChanged.run();
                    }
                }
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
        setCloseOnOutsideClick(false);
    }
}

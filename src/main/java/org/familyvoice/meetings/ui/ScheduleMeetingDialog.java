package org.familyvoice.meetings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.familyvoice.base.FamilyId;
import org.familyvoice.base.UserFacingException;
import org.familyvoice.base.ui.Notices;
import org.familyvoice.families.FamilyMember;
import org.familyvoice.meetings.MeetingPlan;
import org.familyvoice.meetings.MeetingService;
import org.familyvoice.meetings.MeetingType;
import org.familyvoice.meetings.OtherAttendee;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A practitioner schedules a meeting: what kind, when, where, and who is invited. */
final class ScheduleMeetingDialog extends Dialog {

    private final Select<MeetingType> type = new Select<>();
    private final WhenAndWhere whenAndWhere;
    private final CheckboxGroup<FamilyMember> members = new CheckboxGroup<>();
    private final Div others = new Div();
    private final List<TextField[]> otherRows = new ArrayList<>();

    ScheduleMeetingDialog(MeetingService meetings, FamilyId familyId, List<FamilyMember> familyMembers, LocalDate today,
                          Runnable onScheduled) {
        setHeaderTitle(getTranslation("meetings.schedule"));
        addClassName("fv-meeting-dialog");
        type.setLabel(getTranslation("meetings.field.type"));
        type.setItems(MeetingType.values());
        type.setItemLabelGenerator(t -> getTranslation("meetings.type." + t.name()));
        type.setValue(MeetingType.CHILD_IN_NEED);
        // Always has a value. No required indicator: on a Select it puts aria-required on a button (axe: critical).
        type.setWidthFull();
        whenAndWhere = new WhenAndWhere(today);

        members.setLabel(getTranslation("meetings.field.members"));
        List<FamilyMember> joined = familyMembers.stream().filter(FamilyMember::hasAccount).toList();
        members.setItems(joined);
        members.setItemLabelGenerator(m -> getTranslation("meetings.attendee", m.name(), m.relationship()));
        members.setValue(new java.util.HashSet<>(joined));
        members.setHelperText(getTranslation(joined.isEmpty() ? "meetings.field.members.none" : "meetings.field.members.help"));

        others.addClassName("fv-other-attendees");
        var addOther = new Button(getTranslation("meetings.others.add"), e -> addOtherRow());
        addOther.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addOtherRow();
        var othersSection = new Div(new H3(getTranslation("meetings.others")),
                new Paragraph(getTranslation("meetings.others.help")), others, addOther);

        add(type, whenAndWhere, members, othersSection);

        var save = new Button(getTranslation("meetings.schedule.save"), e -> {
            whenAndWhere.clearErrors();
            type.setInvalid(false);
            otherRows.forEach(r -> {
                r[0].setInvalid(false);
                r[1].setInvalid(false);
            });
            try {
                var plan = new MeetingPlan(type.getValue(), whenAndWhere.startsAt(), whenAndWhere.minutes(),
                        whenAndWhere.place.getValue(), whenAndWhere.link.getValue(),
                        joined.stream().filter(m -> members.getValue().contains(m)).map(FamilyMember::id).toList(),
                        otherRows.stream().map(r -> new OtherAttendee(r[0].getValue(), r[1].getValue())).toList());
                meetings.schedule(familyId, plan);
                close();
                Notices.success(this, "meetings.scheduled", MeetingWords.day(plan.startsAt()));
                onScheduled.run();
            } catch (UserFacingException ex) {
                showError(ex);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
        setCloseOnOutsideClick(false);
    }

    private void addOtherRow() {
        int number = otherRows.size() + 1;
        var name = new TextField(getTranslation("meetings.field.other-name"));
        name.setMaxLength(MeetingService.MAX_NAME);
        var role = new TextField(getTranslation("meetings.field.other-role"));
        role.setMaxLength(MeetingService.MAX_ROLE);
        role.setHelperText(getTranslation("meetings.field.other-role.help"));
        var row = new Div(name, role);
        TextField[] fields = {name, role};
        var remove = new Button(getTranslation("meetings.others.remove"), e -> {
            others.remove(row);
            otherRows.remove(fields);
        });
        remove.setAriaLabel(getTranslation("meetings.others.remove.aria", number));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        row.add(remove);
        row.addClassName("fv-other-attendee");
        otherRows.add(fields);
        others.add(row);
    }

    private void showError(UserFacingException ex) {
        if (whenAndWhere.showError(ex)) {
            return;
        }
        String message = getTranslation(ex.messageKey(), ex.args());
        switch (ex.messageKey()) {
            case "meetings.error.type" -> {
                type.setErrorMessage(message);
                type.setInvalid(true);
            }
            case "meetings.error.attendee-name", "meetings.error.attendee-role", "meetings.error.hidden-characters" -> {
                boolean marked = false;
                for (TextField[] r : otherRows) {
                    boolean nameBad = !r[1].getValue().isBlank() && r[0].getValue().isBlank()
                            || r[0].getValue().strip().length() > MeetingService.MAX_NAME;
                    boolean roleBad = !r[0].getValue().isBlank() && r[1].getValue().isBlank();
                    if (ex.messageKey().equals("meetings.error.attendee-name") && nameBad) {
                        r[0].setErrorMessage(message);
                        r[0].setInvalid(true);
                        marked = true;
                    } else if (ex.messageKey().equals("meetings.error.attendee-role") && roleBad) {
                        r[1].setErrorMessage(message);
                        r[1].setInvalid(true);
                        marked = true;
                    }
                }
                if (!marked) {
                    Notices.error(this, ex);
                }
            }
            default -> Notices.error(this, ex);
        }
    }
}

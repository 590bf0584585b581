package org.familyvoice.families.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import org.familyvoice.base.FamilyId;
import org.familyvoice.base.UserFacingException;
import org.familyvoice.base.ui.Notices;
import org.familyvoice.families.FamilyService;
import org.familyvoice.families.MemberType;

import java.time.LocalDate;

/** Adds a parent, carer or young person to a family. */
final class AddMemberDialog extends Dialog {

    AddMemberDialog(FamilyService families, FamilyId familyId, Runnable onAdded) {
        setHeaderTitle(getTranslation("family.add-member"));
        var type = new RadioButtonGroup<MemberType>(getTranslation("family.member.type"));
        type.setItems(MemberType.values());
        type.setItemLabelGenerator(t -> getTranslation("member-type." + t.name()));
        type.setValue(MemberType.PARENT);
        var name = new TextField(getTranslation("family.member.name"));
        name.setMaxLength(120);
        name.setRequiredIndicatorVisible(true);
        var relationship = new TextField(getTranslation("family.member.relationship"));
        relationship.setHelperText(getTranslation("family.member.relationship.help"));
        relationship.setMaxLength(60);
        relationship.setRequiredIndicatorVisible(true);
        var dob = new DatePicker(getTranslation("family.member.dob"));
        dob.setMax(LocalDate.now());
        dob.setHelperText(getTranslation("family.member.dob.help"));
        type.addValueChangeListener(e -> dob.setRequiredIndicatorVisible(e.getValue() == MemberType.YOUNG_PERSON));
        add(new FormLayout(type, name, relationship, dob));

        var save = new Button(getTranslation("family.add"), e -> {
            name.setInvalid(false);
            relationship.setInvalid(false);
            dob.setInvalid(false);
            try {
                families.addMember(familyId, name.getValue(), relationship.getValue(), type.getValue(), dob.getValue());
                close();
                Notices.success(this, "family.member.added", name.getValue().strip());
                onAdded.run();
            } catch (UserFacingException ex) {
                String message = getTranslation(ex.messageKey(), ex.args());
                switch (ex.messageKey()) {
                    case "families.error.member-name", "families.error.member-name-hidden" -> {
                        name.setErrorMessage(message);
                        name.setInvalid(true);
                    }
                    case "families.error.relationship", "families.error.relationship-hidden" -> {
                        relationship.setErrorMessage(message);
                        relationship.setInvalid(true);
                    }
                    case "families.error.dob-required", "families.error.dob-range" -> {
                        dob.setErrorMessage(message);
                        dob.setInvalid(true);
                    }
                    default -> Notices.error(this, ex);
                }
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
        setCloseOnOutsideClick(false);
    }
}

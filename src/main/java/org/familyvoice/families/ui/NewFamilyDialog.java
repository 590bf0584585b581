package org.familyvoice.families.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.familyvoice.accounts.StaffAccount;
import org.familyvoice.base.FamilyId;
import org.familyvoice.base.UserFacingException;
import org.familyvoice.base.ui.Notices;
import org.familyvoice.families.FamilyService;

import java.util.List;
import java.util.function.Consumer;

/** Opens a family record: case reference, how the family is named, and the allocated practitioner. */
final class NewFamilyDialog extends Dialog {

    NewFamilyDialog(FamilyService families, Consumer<FamilyId> onCreated) {
        setHeaderTitle(getTranslation("families.new"));
        var reference = new TextField(getTranslation("families.case-reference"));
        reference.setHelperText(getTranslation("families.case-reference.help"));
        reference.setMaxLength(40);
        var name = new TextField(getTranslation("families.name"));
        name.setHelperText(getTranslation("families.name.help"));
        name.setMaxLength(120);
        var practitioner = new ComboBox<StaffAccount>(getTranslation("families.practitioner"));
        List<StaffAccount> options = families.allocatablePractitioners();
        practitioner.setItems(options);
        practitioner.setItemLabelGenerator(StaffAccount::displayName);
        if (options.size() == 1) {
            practitioner.setValue(options.getFirst());
        }
        for (var f : List.of(reference, name)) {
            f.setRequiredIndicatorVisible(true);
        }
        practitioner.setRequiredIndicatorVisible(true);
        add(new FormLayout(reference, name, practitioner));

        var save = new Button(getTranslation("families.create"), e -> {
            reference.setInvalid(false);
            name.setInvalid(false);
            practitioner.setInvalid(false);
            if (practitioner.getValue() == null) {
                practitioner.setErrorMessage(getTranslation("families.error.practitioner"));
                practitioner.setInvalid(true);
                return;
            }
            try {
                FamilyId id = families.createFamily(reference.getValue(), name.getValue(), practitioner.getValue().id());
                close();
                Notices.success(this, "families.created");
                onCreated.accept(id);
            } catch (UserFacingException ex) {
                var field = ex.messageKey().startsWith("families.error.case-reference") ? reference
                        : ex.messageKey().startsWith("families.error.name") ? name : null;
                if (field == null) {
                    Notices.error(this, ex);
                } else {
                    field.setErrorMessage(getTranslation(ex.messageKey(), ex.args()));
                    field.setInvalid(true);
                }
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
        setCloseOnOutsideClick(false);
    }
}

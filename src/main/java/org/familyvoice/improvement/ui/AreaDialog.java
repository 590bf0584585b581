package org.familyvoice.improvement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.familyvoice.base.UserFacingException;
import org.familyvoice.base.ui.Notices;
import org.familyvoice.improvement.ImprovementArea;
import org.familyvoice.improvement.ImprovementPlanService;
import org.jspecify.annotations.Nullable;

import java.util.Map;

/** Adds an improvement area, or changes an area's name and description. A refused save keeps what was typed. */
final class AreaDialog extends Dialog {

    private final TextField name = new TextField();
    private final TextArea description = new TextArea();

    AreaDialog(ImprovementPlanService plan, @Nullable ImprovementArea existing, Runnable afterSave) {
        setHeaderTitle(getTranslation(existing == null ? "improvement.area.new" : "improvement.area.edit.title"));
        name.setLabel(getTranslation("improvement.area.name"));
        name.setMaxLength(ImprovementPlanService.MAX_AREA_NAME);
        name.setRequiredIndicatorVisible(true);
        name.setWidthFull();
        description.setLabel(getTranslation("improvement.area.description"));
        description.setHelperText(getTranslation("improvement.area.description.help"));
        description.setMaxLength(ImprovementPlanService.MAX_AREA_DESCRIPTION);
        description.setWidthFull();
        description.setMinRows(3);
        if (existing != null) {
            name.setValue(existing.name());
            description.setValue(existing.description());
        }
        var form = new FormLayout(name, description);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        var save = new Button(getTranslation(existing == null ? "improvement.area.add" : "common.save"), e -> {
            PlanParts.clear(name, description);
            try {
                if (existing == null) {
                    plan.addArea(name.getValue(), description.getValue());
                    Notices.success(this, "improvement.area.added", name.getValue().strip());
                } else {
                    plan.editArea(existing.id(), existing.version(), name.getValue(), description.getValue());
                    Notices.success(this, "improvement.area.saved", name.getValue().strip());
                }
                close();
                afterSave.run();
            } catch (UserFacingException ex) {
                if (!PlanParts.showOnField(this, ex, Map.of("area-name", name,
                        "area-description", description)) && ex.messageKey().equals(PlanParts.CHANGED)) {
                    close();
                    afterSave.run();
                }
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
        setCloseOnOutsideClick(false);
        addClassName("fv-plan-dialog");
    }
}

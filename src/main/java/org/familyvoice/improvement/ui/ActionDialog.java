package org.familyvoice.improvement.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.familyvoice.base.UserFacingException;
import org.familyvoice.base.ui.Notices;
import org.familyvoice.base.ui.UkDatePicker;
import org.familyvoice.improvement.ActionDraft;
import org.familyvoice.improvement.ActionStatus;
import org.familyvoice.improvement.ImprovementAction;
import org.familyvoice.improvement.ImprovementArea;
import org.familyvoice.improvement.ImprovementPlanService;
import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Map;

/**
 * Adds an action to an area, or changes an action: what will be done, who owns it, by when, how it stands, and
 * (when changing) which area it belongs to. A refused save keeps what was typed and says why on the field.
 */
final class ActionDialog extends Dialog {

    private final Select<ImprovementArea> area = new Select<>();
    private final TextField title = new TextField();
    private final TextField owner = new TextField();
    private final DatePicker due;
    private final Select<ActionStatus> status = new Select<>();

    private ActionDialog(ImprovementPlanService plan, List<ImprovementArea> areas, ImprovementArea current,
                         @Nullable ImprovementAction existing, Runnable afterSave) {
        setHeaderTitle(existing == null ? getTranslation("improvement.action.new.title", current.name())
                : getTranslation("improvement.action.edit.title"));
        area.setLabel(getTranslation("improvement.action.area"));
        area.setItems(areas.stream().filter(a -> a.active() || a.id() == current.id()).toList());
        area.setItemLabelGenerator(ImprovementArea::name);
        area.setValue(current);
        area.setVisible(existing != null);
        title.setLabel(getTranslation("improvement.action.title"));
        title.setHelperText(getTranslation("improvement.action.title.help"));
        title.setMaxLength(ImprovementPlanService.MAX_TITLE);
        title.setRequiredIndicatorVisible(true);
        owner.setLabel(getTranslation("improvement.action.owner"));
        owner.setHelperText(getTranslation("improvement.action.owner.help"));
        owner.setMaxLength(ImprovementPlanService.MAX_OWNER);
        owner.setRequiredIndicatorVisible(true);
        due = UkDatePicker.create(this, "improvement.action.due", "improvement.date.help");
        due.setRequiredIndicatorVisible(true);
        status.setLabel(getTranslation("improvement.action.status"));
        status.setItems(ActionStatus.values());
        status.setItemLabelGenerator(s -> PlanParts.status(this, s));
        status.setValue(ActionStatus.NOT_STARTED);
        if (existing != null) {
            title.setValue(existing.title());
            owner.setValue(existing.ownerName());
            due.setValue(existing.dueOn());
            status.setValue(existing.status());
        }
        var form = new FormLayout(area, title, owner, due, status);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        form.setColspan(title, 2);
        form.setColspan(area, 2);
        add(form);
        var save = new Button(getTranslation(existing == null ? "improvement.action.add" : "common.save"), e -> {
            PlanParts.clear(area, title, owner, due, status);
            var draft = new ActionDraft(area.getValue() == null ? current.id() : area.getValue().id(),
                    title.getValue(), owner.getValue(), due.getValue(), status.getValue());
            try {
                if (existing == null) {
                    plan.addAction(draft);
                    Notices.success(this, "improvement.action.added", draft.title().strip());
                } else {
                    plan.editAction(existing.id(), existing.version(), draft);
                    Notices.success(this, "improvement.action.saved", draft.title().strip());
                }
                close();
                afterSave.run();
            } catch (UserFacingException ex) {
                var fields = new java.util.HashMap<String, HasValidation>(Map.of("title", title, "owner", owner,
                        "due", due, "status", status));
                if (existing != null) {
                    fields.put("area-inactive", area);
                }
                if (!PlanParts.showOnField(this, ex, fields) && (ex.messageKey().equals(PlanParts.CHANGED)
                        || ex.messageKey().equals("improvement.error.area-inactive"))) {
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

    static ActionDialog add(ImprovementPlanService plan, List<ImprovementArea> areas, ImprovementArea area,
                            Runnable afterSave) {
        return new ActionDialog(plan, areas, area, null, afterSave);
    }

    static ActionDialog edit(ImprovementPlanService plan, List<ImprovementArea> areas, ImprovementArea area,
                             ImprovementAction action, Runnable afterSave) {
        return new ActionDialog(plan, areas, area, action, afterSave);
    }
}

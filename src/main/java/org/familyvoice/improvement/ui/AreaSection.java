package org.familyvoice.improvement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import org.familyvoice.base.UserFacingException;
import org.familyvoice.base.ui.Confirm;
import org.familyvoice.base.ui.Formats;
import org.familyvoice.base.ui.Notices;
import org.familyvoice.improvement.ImprovementAction;
import org.familyvoice.improvement.ImprovementArea;
import org.familyvoice.improvement.ImprovementPlanService;
import org.familyvoice.themes.ThemeRef;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One improvement area of the plan: what it is about, the themes families raise that speak to it, and its actions
 * (status in words, owner, due date), with the buttons to change them for those who may.
 */
final class AreaSection extends Section {

    private final ImprovementPlanService plan;
    private final List<ImprovementArea> areas;
    private final ImprovementArea area;
    private final Runnable reload;

    AreaSection(ImprovementPlanService plan, List<ImprovementArea> areas, ImprovementArea area, boolean mayChange,
                LocalDate today, Runnable reload) {
        this.plan = plan;
        this.areas = areas;
        this.area = area;
        this.reload = reload;
        addClassName("fv-plan-area");
        var heading = new H2(area.name());
        add(heading);
        if (!area.description().isBlank()) {
            add(new Paragraph(area.description()));
        }
        add(new Paragraph(area.themes().isEmpty() ? getTranslation("improvement.area.no-themes")
                : getTranslation("improvement.area.themes", area.themes().stream().map(ThemeRef::name)
                .collect(Collectors.joining(", ")))));
        if (mayChange) {
            add(areaButtons());
        }
        if (area.actions().isEmpty()) {
            add(new Paragraph(getTranslation("improvement.area.no-actions")));
        } else {
            var list = new UnorderedList();
            list.addClassName("fv-plan-actions");
            list.getElement().setAttribute("aria-label", getTranslation("improvement.area.actions.aria", area.name()));
            for (ImprovementAction a : area.actions()) {
                list.add(actionItem(a, mayChange, today));
            }
            add(list);
        }
    }

    private Div areaButtons() {
        var addAction = new Button(getTranslation("improvement.action.new"),
                e -> ActionDialog.add(plan, areas, area, reload).open());
        addAction.setAriaLabel(getTranslation("improvement.action.new.aria", area.name()));
        addAction.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        var edit = new Button(getTranslation("improvement.area.edit"), e -> new AreaDialog(plan, area, reload).open());
        edit.setAriaLabel(getTranslation("improvement.area.edit.aria", area.name()));
        var retire = new Button(getTranslation("improvement.area.deactivate"), e -> Confirm.ask(this,
                getTranslation("improvement.area.deactivate.confirm.title"),
                getTranslation("improvement.area.deactivate.confirm.text", area.name()),
                getTranslation("improvement.area.deactivate"), () -> {
                    try {
                        plan.setAreaActive(area.id(), area.version(), false);
                        Notices.success(this, "improvement.area.deactivated", area.name());
                    } catch (UserFacingException ex) {
                        Notices.error(this, ex);
                    }
                    reload.run();
                }));
        retire.setAriaLabel(getTranslation("improvement.area.deactivate.aria", area.name()));
        for (var b : new Button[]{edit, retire}) {
            b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        }
        var buttons = new Div(addAction, edit, retire);
        buttons.addClassName("fv-actions");
        return buttons;
    }

    private ListItem actionItem(ImprovementAction a, boolean mayChange, LocalDate today) {
        var item = new ListItem();
        item.addClassName("fv-plan-action-card");
        var badges = new Div(PlanParts.statusBadge(this, a.status()));
        if (a.overdue(today)) {
            badges.add(PlanParts.badge(this, "improvement.action.overdue", "fv-badge-overdue"));
        }
        badges.addClassName("fv-actions");
        var facts = new Div(PlanParts.fact(this, "improvement.action.owner", a.ownerName()),
                PlanParts.fact(this, "improvement.action.due", Formats.date(a.dueOn())));
        facts.addClassName("fv-facts");
        var title = new H3(a.title());
        title.addClassName("fv-plain-text");
        var open = new Button(getTranslation("improvement.action.open"),
                e -> new ActionDetailsDialog(plan, area, a).open());
        open.setAriaLabel(getTranslation("improvement.action.open.aria", a.title()));
        open.addThemeVariants(ButtonVariant.LUMO_SMALL);
        var buttons = new Div(open);
        buttons.addClassName("fv-actions");
        if (mayChange) {
            var edit = new Button(getTranslation("improvement.action.edit"),
                    e -> ActionDialog.edit(plan, areas, area, a, reload).open());
            edit.setAriaLabel(getTranslation("improvement.action.edit.aria", a.title()));
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            buttons.add(edit);
        }
        item.add(title, badges, facts, buttons);
        return item;
    }
}

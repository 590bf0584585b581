package org.familyvoice.improvement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.familyvoice.base.Roles;
import org.familyvoice.base.UserFacingException;
import org.familyvoice.base.ui.Formats;
import org.familyvoice.base.ui.Notices;
import org.familyvoice.improvement.ImprovementArea;
import org.familyvoice.improvement.ImprovementPlanService;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The council's improvement plan: each area in use as a section, with the themes families raise that speak to it
 * and its actions. Managers and administrators change areas and actions and add progress notes; managers link
 * evidence; practitioners read it.
 */
@Route("improvement-plan")
@RolesAllowed({Roles.PRACTITIONER, Roles.MANAGER, Roles.ADMIN})
@Menu(order = 6, icon = "vaadin:road", title = "menu.improvement-plan")
class ImprovementPlanView extends Main implements HasDynamicTitle {

    private final ImprovementPlanService plan;
    private final Clock clock;
    private final boolean mayChange;
    private final Div areas = new Div();

    ImprovementPlanView(ImprovementPlanService plan, Clock clock) {
        this.plan = plan;
        this.clock = clock;
        this.mayChange = plan.mayChangePlan();
        addClassName("fv-page");
        var header = new Div(new H1(getTranslation("improvement.title")));
        header.addClassName("fv-page-header");
        if (mayChange) {
            var addArea = new Button(getTranslation("improvement.area.new"), e -> new AreaDialog(plan, null, this::reload).open());
            addArea.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            header.add(addArea);
        }
        add(header, new Paragraph(getTranslation("improvement.intro")));
        if (!mayChange) {
            add(new Paragraph(getTranslation("improvement.read-only")));
        }
        areas.addClassName("fv-plan-areas");
        add(areas);
        reload();
    }

    private void reload() {
        areas.removeAll();
        List<ImprovementArea> all = plan.plan();
        LocalDate today = LocalDate.ofInstant(clock.instant(), Formats.ZONE);
        List<ImprovementArea> inUse = all.stream().filter(ImprovementArea::active).toList();
        if (inUse.isEmpty()) {
            areas.add(new Paragraph(getTranslation("improvement.none")));
        }
        for (ImprovementArea area : inUse) {
            areas.add(new AreaSection(plan, all, area, mayChange, today, this::reload));
        }
        List<ImprovementArea> retired = all.stream().filter(a -> !a.active()).toList();
        if (mayChange && !retired.isEmpty()) {
            areas.add(retired(retired));
        }
    }

    /** Areas taken out of the plan, with their actions kept; they can be brought back. */
    private Div retired(List<ImprovementArea> retired) {
        var list = new UnorderedList();
        for (ImprovementArea area : retired) {
            var again = new Button(getTranslation("improvement.area.reactivate"), e -> {
                try {
                    plan.setAreaActive(area.id(), area.version(), true);
                    Notices.success(this, "improvement.area.reactivated", area.name());
                } catch (UserFacingException ex) {
                    Notices.error(this, ex);
                }
                reload();
            });
            again.setAriaLabel(getTranslation("improvement.area.reactivate.aria", area.name()));
            again.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            list.add(new ListItem(new Span(getTranslation("improvement.area.retired-item", area.name(),
                    area.actions().size())), new Span(" "), again));
        }
        var section = new Div(new H2(getTranslation("improvement.area.retired")), list);
        section.addClassName("fv-plan-retired");
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("improvement.title") + " | " + getTranslation("app.name");
    }
}

package org.familyvoice.families.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.familyvoice.base.Roles;
import org.familyvoice.base.security.CurrentUser;
import org.familyvoice.families.Family;
import org.familyvoice.families.FamilyService;

/** Practitioners' and managers' home: the families they work with, their own first. */
@Route("families")
@RolesAllowed({Roles.PRACTITIONER, Roles.MANAGER})
@Menu(order = 1, icon = "vaadin:family", title = "menu.families")
class FamiliesView extends Main implements HasDynamicTitle {

    private final Grid<Family> grid = new Grid<>();

    FamiliesView(FamilyService families, CurrentUser currentUser) {
        addClassName("fv-page");
        var me = currentUser.require();
        var create = new Button(getTranslation("families.new"),
                e -> new NewFamilyDialog(families, id -> getUI().ifPresent(ui -> ui.navigate(FamilyView.class,
                        new com.vaadin.flow.router.RouteParameters("familyId", id.toString())))).open());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var header = new Div(new H1(getTranslation("families.title")), create);
        header.addClassName("fv-page-header");
        var intro = new Paragraph(getTranslation(me.hasRole(Roles.MANAGER) ? "families.intro.manager"
                : "families.intro.practitioner", me.displayName()));

        grid.addComponentColumn(f -> new Anchor("families/" + f.id(), f.caseReference()))
                .setHeader(getTranslation("families.case-reference")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Family::displayName).setHeader(getTranslation("families.name")).setAutoWidth(true);
        grid.addColumn(Family::allocatedPractitionerName).setHeader(getTranslation("families.practitioner"));
        grid.addColumn(f -> getTranslation(f.editable() ? "families.access.write" : "families.access.read"))
                .setHeader(getTranslation("families.access"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel(getTranslation("families.title"));
        grid.setItems(q -> families.findFamilies(q.getOffset(), q.getLimit()).stream(), q -> families.countFamilies());
        grid.setEmptyStateText(getTranslation("families.empty"));
        grid.setSizeFull();
        add(header, intro, grid);
        setHeightFull();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("families.title") + " | " + getTranslation("app.name");
    }
}

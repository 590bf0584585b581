package org.familyvoice.base.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.familyvoice.base.Roles;
import org.familyvoice.base.audit.AuditEvent;
import org.familyvoice.base.audit.AuditLog;


/** The audit trail for administrators, newest first, paged from the database. */
@Route("admin/audit")
@RolesAllowed(Roles.ADMIN)
@Menu(order = 20, icon = "vaadin:list", title = "menu.audit")
class AuditView extends Main implements HasDynamicTitle {

    AuditView(AuditLog audit) {
        addClassName("fv-page");
        var grid = new Grid<AuditEvent>();
        grid.addColumn(e -> Formats.timestamp(e.occurredAt())).setHeader(getTranslation("audit.when")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(e -> e.actor() == null ? "" : e.actor()).setHeader(getTranslation("audit.who")).setAutoWidth(true);
        grid.addColumn(e -> getTranslation("audit.action." + e.action().name())).setHeader(getTranslation("audit.what"))
                .setAutoWidth(true);
        grid.addColumn(e -> e.target() == null ? "" : e.target()).setHeader(getTranslation("audit.target"));
        grid.addColumn(e -> e.details() == null ? "" : e.details()).setHeader(getTranslation("audit.details"));
        grid.addColumn(e -> e.clientAddress() == null ? "" : e.clientAddress()).setHeader(getTranslation("audit.from"))
                .setAutoWidth(true);
        grid.setItems(q -> audit.newest(q.getOffset(), q.getLimit()).stream(), q -> audit.count());
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setAriaLabel(getTranslation("audit.title"));
        grid.setSizeFull();
        add(new H1(getTranslation("audit.title")), new Paragraph(getTranslation("audit.intro")), grid);
        setHeightFull();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title") + " | " + getTranslation("app.name");
    }
}

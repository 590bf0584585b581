package org.familyvoice.notifications.ui;

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
import org.familyvoice.base.ui.Formats;
import org.familyvoice.notifications.EmailOutbox;
import org.familyvoice.notifications.OutboxEmail;

/** What the portal has e-mailed or would have e-mailed, for administrators, newest first, paged from the database. */
@Route("admin/outbox")
@RolesAllowed(Roles.ADMIN)
@Menu(order = 30, icon = "vaadin:envelope-o", title = "menu.outbox")
class OutboxView extends Main implements HasDynamicTitle {

    OutboxView(EmailOutbox outbox) {
        addClassName("fv-page");
        var grid = new Grid<OutboxEmail>();
        grid.addColumn(e -> Formats.timestamp(e.createdAt())).setHeader(getTranslation("outbox.created"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(OutboxEmail::maskedTo).setHeader(getTranslation("outbox.to")).setAutoWidth(true);
        grid.addColumn(OutboxEmail::subject).setHeader(getTranslation("outbox.subject"));
        grid.addColumn(e -> getTranslation("outbox.status." + e.status().name())).setHeader(getTranslation("outbox.status"))
                .setAutoWidth(true);
        grid.addColumn(e -> e.sentAt() == null ? "" : Formats.timestamp(e.sentAt())).setHeader(getTranslation("outbox.sent"))
                .setAutoWidth(true);
        grid.addColumn(OutboxEmail::attempts).setHeader(getTranslation("outbox.attempts")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> e.lastError() == null ? "" : e.lastError()).setHeader(getTranslation("outbox.error"));
        grid.setItems(q -> outbox.newest(q.getOffset(), q.getLimit()).stream(), q -> outbox.count());
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setAriaLabel(getTranslation("outbox.title"));
        grid.setSizeFull();
        add(new H1(getTranslation("outbox.title")), new Paragraph(getTranslation("outbox.intro")),
                new Paragraph(getTranslation(outbox.configured() ? "outbox.configured" : "outbox.not-configured")), grid);
        setHeightFull();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("outbox.title") + " | " + getTranslation("app.name");
    }
}

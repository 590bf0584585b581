package org.familyvoice.feedback.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import org.familyvoice.base.Roles;
import org.familyvoice.base.ui.Formats;
import org.familyvoice.feedback.SafeguardingAlert;
import org.familyvoice.feedback.SafeguardingService;

import java.time.Clock;

/**
 * The duty queue: possible disclosures of harm for the team's managers and duty practitioners, with their
 * deadlines. Overdue and urgent alerts say so in words, not by colour alone.
 */
@Route("duty")
@RolesAllowed({Roles.MANAGER, Roles.DUTY})
@Menu(order = 3, icon = "vaadin:bell", title = "menu.duty")
class DutyQueueView extends Main implements HasDynamicTitle {

    private final Grid<SafeguardingAlert> grid = new Grid<>();
    private final Checkbox showClosed = new Checkbox();
    private final Clock clock;

    DutyQueueView(SafeguardingService safeguarding, Clock clock) {
        this.clock = clock;
        addClassName("fv-page");
        add(new H1(getTranslation("duty.title")), new Paragraph(getTranslation("duty.intro")));
        showClosed.setLabel(getTranslation("duty.show-closed"));
        showClosed.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        add(showClosed);

        grid.addColumn(a -> Formats.dateTime(a.raisedAt())).setHeader(getTranslation("duty.raised"))
                .setKey("raised").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::due).setHeader(getTranslation("duty.due")).setKey("due").setAutoWidth(true);
        grid.addColumn(a -> AlertWords.concerns(this, a)).setHeader(getTranslation("duty.concerns")).setKey("concerns");
        grid.addColumn(a -> AlertWords.author(this, a)).setHeader(getTranslation("duty.who")).setKey("who");
        grid.addColumn(a -> a.familyName() == null ? getTranslation("duty.alert.no-family") : a.familyName())
                .setHeader(getTranslation("duty.alert.family")).setKey("family");
        grid.addColumn(a -> getTranslation("duty.status." + a.status().name()))
                .setHeader(getTranslation("duty.status")).setKey("status").setAutoWidth(true);
        grid.addComponentColumn(this::openButton).setHeader(getTranslation("duty.actions")).setKey("open")
                .setAutoWidth(true).setFlexGrow(0).setFrozenToEnd(true);
        grid.setPartNameGenerator(a -> a.overdue(clock.instant()) ? "fv-overdue" : null);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("duty.title"));
        grid.setEmptyStateText(getTranslation("duty.empty"));
        grid.setItems(q -> safeguarding.queue(showClosed.getValue(), q.getOffset(), q.getLimit()).stream(),
                q -> safeguarding.countQueue(showClosed.getValue()));
        grid.setSizeFull();
        add(grid);
        setHeightFull();
    }

    private Component due(SafeguardingAlert a) {
        var cell = new Div(new Span(Formats.dateTime(a.dueAt())));
        cell.addClassName("fv-actions");
        if (a.overdue(clock.instant())) {
            cell.add(Parts.badge(this, "duty.overdue", "fv-badge-overdue"));
        }
        if (a.urgent()) {
            cell.add(Parts.badge(this, "duty.urgent", "fv-badge-alert"));
        }
        return cell;
    }

    private Button openButton(SafeguardingAlert a) {
        var open = new Button(getTranslation("duty.open"), e -> getUI().ifPresent(ui -> ui.navigate(AlertView.class,
                new RouteParameters("alertId", a.id().toString()))));
        open.setAriaLabel(getTranslation("duty.open.aria", Formats.dateTime(a.raisedAt()), AlertWords.author(this, a)));
        open.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return open;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("duty.title") + " | " + getTranslation("app.name");
    }
}

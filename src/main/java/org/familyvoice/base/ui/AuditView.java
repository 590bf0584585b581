package org.familyvoice.base.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.familyvoice.base.Roles;
import org.familyvoice.base.audit.AuditAction;
import org.familyvoice.base.audit.AuditEvent;
import org.familyvoice.base.audit.AuditFilter;
import org.familyvoice.base.audit.AuditLog;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;


/**
 * The audit trail for administrators, newest first. Filters by person, family, kind of event and dates;
 * the grid asks the database for one page at a time with the filter applied, so a trail of millions of
 * rows costs no more than one page. Every filter has a visible label, so screen readers announce it, and
 * the filter form folds into one column on a phone.
 */
@Route("admin/audit")
@RolesAllowed(Roles.ADMIN)
@Menu(order = 20, icon = "vaadin:list", title = "menu.audit")
class AuditView extends Main implements HasDynamicTitle {

    private final TextField person = new TextField();
    private final IntegerField family = new IntegerField();
    private final ComboBox<AuditAction> action = new ComboBox<>();
    private final DatePicker from;
    private final DatePicker to;

    AuditView(AuditLog audit) {
        addClassName("fv-page");
        person.setLabel(getTranslation("audit.filter.person"));
        person.setHelperText(getTranslation("audit.filter.person-help"));
        person.setValueChangeMode(ValueChangeMode.LAZY);
        person.setClearButtonVisible(true);
        family.setLabel(getTranslation("audit.filter.family"));
        family.setHelperText(getTranslation("audit.filter.family-help"));
        family.setMin(1);
        family.setValueChangeMode(ValueChangeMode.LAZY);
        family.setClearButtonVisible(true);
        action.setLabel(getTranslation("audit.filter.action"));
        action.setItemLabelGenerator(a -> getTranslation("audit.action." + a.name()));
        action.setItems(Arrays.stream(AuditAction.values())
                .sorted(Comparator.comparing(a -> getTranslation("audit.action." + a.name()))).toList());
        action.setClearButtonVisible(true);
        from = UkDatePicker.create(this, "audit.filter.from", "audit.filter.date-help");
        from.setClearButtonVisible(true);
        to = UkDatePicker.create(this, "audit.filter.to", "audit.filter.date-help");
        to.setClearButtonVisible(true);

        var filters = new FormLayout(person, family, action, from, to);
        filters.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2),
                new FormLayout.ResponsiveStep("60em", 5));
        filters.getElement().setAttribute("role", "search");
        filters.getElement().setAttribute("aria-label", getTranslation("audit.filter.title"));

        var grid = new Grid<AuditEvent>();
        grid.addColumn(e -> Formats.timestamp(e.occurredAt())).setHeader(getTranslation("audit.when")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(e -> e.actor() == null ? "" : e.actor()).setHeader(getTranslation("audit.who")).setAutoWidth(true);
        grid.addColumn(e -> getTranslation("audit.action." + e.action().name())).setHeader(getTranslation("audit.what"))
                .setAutoWidth(true);
        grid.addColumn(e -> e.familyId() == null ? "" : String.valueOf(e.familyId()))
                .setHeader(getTranslation("audit.family")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> e.target() == null ? "" : e.target()).setHeader(getTranslation("audit.target"));
        grid.addColumn(e -> e.details() == null ? "" : e.details()).setHeader(getTranslation("audit.details"));
        grid.addColumn(e -> e.clientAddress() == null ? "" : e.clientAddress()).setHeader(getTranslation("audit.from"))
                .setAutoWidth(true);
        grid.setItems(q -> audit.find(filter(), q.getOffset(), q.getLimit()).stream(), q -> audit.count(filter()));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setAriaLabel(getTranslation("audit.title"));
        grid.setSizeFull();

        person.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        family.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        action.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        from.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        to.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        add(new H1(getTranslation("audit.title")), new Paragraph(getTranslation("audit.intro")), filters, grid);
        setHeightFull();
    }

    /** The filter as the fields stand; dates are whole days in the council's time zone, "to" included. */
    private AuditFilter filter() {
        Integer familyNumber = family.getValue();
        return new AuditFilter(person.getValue(), familyNumber == null ? null : familyNumber.longValue(),
                action.getValue(), startOf(from.getValue()), startOf(to.getValue() == null ? null : to.getValue().plusDays(1)));
    }

    private static Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(Formats.ZONE).toInstant();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title") + " | " + getTranslation("app.name");
    }
}

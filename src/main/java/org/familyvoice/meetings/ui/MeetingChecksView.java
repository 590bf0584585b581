package org.familyvoice.meetings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.familyvoice.base.Roles;
import org.familyvoice.base.UserFacingException;
import org.familyvoice.base.ui.Formats;
import org.familyvoice.base.ui.Notices;
import org.familyvoice.meetings.AfterMeetingService;
import org.familyvoice.meetings.CheckAnswer;
import org.familyvoice.meetings.CheckSummary;
import org.familyvoice.meetings.MeetingCheck;
import org.familyvoice.meetings.MeetingCheckOverview;
import org.familyvoice.meetings.Respondent;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;

/**
 * "How meetings went", for managers: over a period (the last 90 days unless they choose), how the child, the parent
 * or carer and the practitioner answered the post-meeting check at their team's meetings, side by side; a figure built
 * from fewer than 5 people reads "fewer than 5". Below, their team's recent meetings with each side's answers.
 */
@Route("meeting-checks")
@RolesAllowed(Roles.MANAGER)
@Menu(order = 4, icon = "vaadin:check-square-o", title = "menu.meeting-checks")
class MeetingChecksView extends Main implements HasDynamicTitle {

    private final AfterMeetingService after;
    private final DatePicker from;
    private final DatePicker to;
    private final Div summary = new Div();
    private final Grid<MeetingCheckOverview> grid = new Grid<>();

    MeetingChecksView(AfterMeetingService after, Clock clock) {
        this.after = after;
        addClassName("fv-page");
        add(new H1(getTranslation("checks.title")));
        add(new Paragraph(getTranslation("checks.intro")));
        LocalDate today = LocalDate.ofInstant(clock.instant(), Formats.ZONE);
        from = PlanWords.datePicker(this, "checks.from");
        to = PlanWords.datePicker(this, "checks.to");
        from.setValue(today.minusDays(AfterMeetingService.DEFAULT_PERIOD_DAYS));
        to.setValue(today);
        var show = new Button(getTranslation("checks.show"), e -> refresh());
        show.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var period = new Div(from, to, show);
        period.addClassName("fv-inline-form");
        period.getElement().setAttribute("role", "search");
        period.getElement().setAttribute("aria-label", getTranslation("checks.period"));
        add(period, summary);

        add(new H2(getTranslation("checks.recent")));
        grid.addColumn(o -> Formats.date(o.startsAt())).setHeader(getTranslation("checks.col.date"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(MeetingCheckOverview::familyName).setHeader(getTranslation("checks.col.family"));
        for (Respondent r : Respondent.values()) {
            grid.addColumn(o -> answers(o, r)).setHeader(PlanWords.side(this, r)).setKey(r.name());
        }
        grid.addComponentColumn(o -> {
            var open = new Button(getTranslation("checks.open"), e -> getUI().ifPresent(ui -> ui.navigate(
                    "meetings/" + o.meetingId())));
            open.setAriaLabel(getTranslation("checks.open.aria", o.familyName(), Formats.date(o.startsAt())));
            open.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return open;
        }).setHeader(getTranslation("checks.col.open")).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("checks.recent"));
        grid.setEmptyStateText(getTranslation("checks.recent.none"));
        grid.setItems(q -> after.recentChecks(from.getValue(), to.getValue(), q.getOffset(), q.getLimit()).stream(),
                q -> after.countRecentChecks(from.getValue(), to.getValue()));
        grid.setAllRowsVisible(false);
        grid.setHeight("24rem");
        add(grid);
        refresh();
    }

    private void refresh() {
        summary.removeAll();
        try {
            summary.add(table(after.checkSummary(from.getValue(), to.getValue())));
            grid.getDataProvider().refreshAll();
        } catch (UserFacingException ex) {
            Notices.error(this, ex);
            to.setErrorMessage(getTranslation(ex.messageKey(), ex.args()));
            to.setInvalid(true);
        }
    }

    private NativeTable table(CheckSummary s) {
        to.setInvalid(false);
        var table = new NativeTable();
        table.addClassName("fv-table");
        table.setCaptionText(getTranslation("checks.caption", PlanWords.day(s.from()), PlanWords.day(s.to())));
        var head = table.getHead().addRow();
        scoped(head.addHeaderCell(), "col", getTranslation("checks.question"));
        for (Respondent r : Respondent.values()) {
            scoped(head.addHeaderCell(), "col", PlanWords.side(this, r));
        }
        figureRow(table, getTranslation("checks.row.answered"), s, side -> String.valueOf(side.answered()));
        for (CheckAnswer a : CheckAnswer.values()) {
            figureRow(table, getTranslation("checks.row.listened-share", PlanWords.answer(this, a, false)), s,
                    side -> percent(side.listenedTo(), a));
        }
        for (CheckAnswer a : CheckAnswer.values()) {
            figureRow(table, getTranslation("checks.row.next-share", PlanWords.answer(this, a, false)), s,
                    side -> percent(side.knowsNext(), a));
        }
        return table;
    }

    private void figureRow(NativeTable table, String label, CheckSummary s, Function<CheckSummary.Side, String> figure) {
        NativeTableRow row = table.getBody().addRow();
        scoped(row.addHeaderCell(), "row", label);
        for (CheckSummary.Side side : s.sides()) {
            row.addDataCell().setText(side.suppressed() ? getTranslation("checks.fewer-than", CheckSummary.MIN_RESPONDENTS)
                    : figure.apply(side));
        }
    }

    private String percent(Map<CheckAnswer, Integer> shares, CheckAnswer a) {
        return getTranslation("checks.percent", shares.getOrDefault(a, 0));
    }

    /** "Kai Harper: listened Yes, next Partly" for each person on one side. */
    private String answers(MeetingCheckOverview o, Respondent r) {
        var parts = o.checks().stream().filter(c -> c.respondent() == r).map(this::inShort).toList();
        return parts.isEmpty() ? getTranslation("checks.not-answered") : String.join("; ", parts);
    }

    private String inShort(MeetingCheck c) {
        return getTranslation("checks.in-short", c.name(), PlanWords.answer(this, c.listenedTo(), false),
                PlanWords.answer(this, c.knowsNext(), false));
    }

    private static void scoped(NativeTableHeaderCell cell, String scope, String text) {
        cell.setText(text);
        cell.getElement().setAttribute("scope", scope);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("checks.title") + " | " + getTranslation("app.name");
    }
}

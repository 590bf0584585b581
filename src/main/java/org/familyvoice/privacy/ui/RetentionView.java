package org.familyvoice.privacy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.familyvoice.base.Roles;
import org.familyvoice.base.ui.Formats;
import org.familyvoice.base.ui.Notices;
import org.familyvoice.privacy.ErasureService;
import org.familyvoice.privacy.RetentionRun;
import org.familyvoice.privacy.RetentionService;
import org.familyvoice.privacy.RetentionSettings;

import java.time.Period;
import java.util.ArrayList;

/**
 * For administrators: how long the portal keeps things, the retention job's recent runs (with "run now"), and erasing
 * one person on request ({@link ErasurePanel}).
 */
@Route("admin/retention")
@RolesAllowed(Roles.ADMIN)
@Menu(order = 40, icon = "vaadin:eraser", title = "menu.retention")
class RetentionView extends Main implements HasDynamicTitle {

    private final RetentionService retention;
    private final Grid<RetentionRun> runs = new Grid<>();

    RetentionView(RetentionService retention, ErasureService erasure) {
        this.retention = retention;
        addClassName("fv-page");
        RetentionSettings s = retention.settings();

        var periods = new UnorderedList(
                new ListItem(getTranslation("retention.rule.feedback", period(s.feedbackIdentifiable()))),
                new ListItem(getTranslation("retention.rule.meetings", period(s.meetingContent()))),
                new ListItem(getTranslation("retention.rule.notifications", period(s.notifications()))),
                new ListItem(getTranslation("retention.rule.emails", period(s.emails()))),
                new ListItem(getTranslation("retention.rule.throttle", period(s.loginThrottle()))),
                new ListItem(getTranslation("retention.rule.rate-limits", period(s.rateLimits()))));
        var schedule = new Paragraph(getTranslation(s.enabled() ? "retention.schedule" : "retention.schedule-off",
                s.cron(), s.zone(), retention.node()));

        var runNow = new Button(getTranslation("retention.run-now"), e -> runNow());
        runNow.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        runs.addColumn(r -> Formats.timestamp(r.startedAt())).setHeader(getTranslation("retention.started"))
                .setAutoWidth(true).setFlexGrow(0);
        runs.addColumn(r -> r.finishedAt() == null ? "" : Formats.timestamp(r.finishedAt()))
                .setHeader(getTranslation("retention.finished")).setAutoWidth(true).setFlexGrow(0);
        runs.addColumn(RetentionRun::node).setHeader(getTranslation("retention.node")).setAutoWidth(true);
        runs.addColumn(r -> getTranslation("retention.trigger." + r.trigger()))
                .setHeader(getTranslation("retention.trigger")).setAutoWidth(true);
        runs.addColumn(r -> getTranslation("retention.status." + r.status()))
                .setHeader(getTranslation("retention.status")).setAutoWidth(true);
        runs.addColumn(r -> getTranslation("retention.counts", r.feedbackAnonymised(), r.meetingsAnonymised(),
                r.notificationsDeleted(), r.emailsDeleted(), r.throttlesDeleted(), r.rateLimitsDeleted()))
                .setHeader(getTranslation("retention.what"));
        runs.setItems(q -> retention.recentRuns(q.getOffset(), q.getLimit()).stream(), q -> retention.countRuns());
        runs.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        runs.setAriaLabel(getTranslation("retention.runs"));
        runs.setAllRowsVisible(true);
        runs.setPageSize(20);

        add(new H1(getTranslation("retention.title")), new Paragraph(getTranslation("retention.intro")),
                new H2(getTranslation("retention.periods")), periods, schedule, new Div(runNow),
                new H2(getTranslation("retention.runs")), runs,
                new ErasurePanel(erasure));
    }

    private void runNow() {
        retention.runNow().ifPresentOrElse(
                run -> Notices.success(this, "retention.ran", run.total()),
                () -> Notices.success(this, "retention.busy"));
        runs.getDataProvider().refreshAll();
    }

    private String period(Period p) {
        var parts = new ArrayList<String>();
        if (p.getYears() > 0) {
            parts.add(getTranslation(p.getYears() == 1 ? "retention.year" : "retention.years", p.getYears()));
        }
        if (p.getMonths() > 0) {
            parts.add(getTranslation(p.getMonths() == 1 ? "retention.month" : "retention.months", p.getMonths()));
        }
        if (p.getDays() > 0) {
            parts.add(getTranslation(p.getDays() == 1 ? "retention.day" : "retention.days", p.getDays()));
        }
        return String.join(" ", parts);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("retention.title") + " | " + getTranslation("app.name");
    }
}

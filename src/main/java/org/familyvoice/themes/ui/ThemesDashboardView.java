package org.familyvoice.themes.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.familyvoice.accounts.AccountService;
import org.familyvoice.accounts.Team;
import org.familyvoice.base.Roles;
import org.familyvoice.base.TeamId;
import org.familyvoice.base.ui.Formats;
import org.familyvoice.meetings.MeetingType;
import org.familyvoice.themes.Dashboard.Granularity;
import org.familyvoice.themes.Dashboard.Split;
import org.familyvoice.themes.Dashboard.ThemeLine;
import org.familyvoice.themes.Dashboard.Trend;
import org.familyvoice.themes.DashboardFilter;
import org.familyvoice.themes.ThemeDashboardService;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The managers' themes dashboard: what families are telling the service over a period, at a glance and with the
 * evidence one click away. Every choice lives in the address (a link opens the same figures; back goes back);
 * a choice in the address that cannot be used is replaced by its default and the page says so.
 * <p>
 * The address is {@code dashboard}, not {@code themes}: Vaadin reserves {@code /themes/**} for theme files (served
 * as public static resources, outside the signed-in session), so a view there answers 403 in a real browser.
 */
@Route("dashboard")
@RolesAllowed(Roles.MANAGER)
@Menu(order = 5, icon = "vaadin:chart", title = "menu.themes")
class ThemesDashboardView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ThemeDashboardService dashboard;
    private final Clock clock;
    private final List<Team> teams;
    private final FiltersBar filters;
    private final LinkNotice notice = new LinkNotice();
    private final Paragraph showing = new Paragraph();
    private final HeadlineCards headline = new HeadlineCards();
    private final ThemesSection themes;
    private final TrendSection trend = new TrendSection();
    private final SplitsSection splits = new SplitsSection();
    private DashboardQuery query;

    ThemesDashboardView(ThemeDashboardService dashboard, AccountService accounts, Clock clock,
                        org.familyvoice.themes.EmergingThemesService emerging) {
        this.dashboard = dashboard;
        this.clock = clock;
        this.teams = accounts.teams();
        this.query = DashboardQuery.defaults(today());
        addClassNames("fv-page", "fv-themes");
        add(new H1(getTranslation("themes.title")), new Paragraph(getTranslation("themes.intro")));
        filters = new FiltersBar(query, this::today, teams, meetingTypes(), this::go);
        themes = new ThemesSection(byChange -> go(query.withByChange(byChange)));
        showing.addClassName("fv-themes-showing");
        showing.getElement().setAttribute("role", "status");
        add(notice, filters, showing, headline, themes, trend, splits, new EmergingThemesPanel(emerging), closingLinks());
    }

    /** Where a manager goes next with what they saw: the evidence pack and "you said, we did". */
    private com.vaadin.flow.component.Component closingLinks() {
        var pack = new com.vaadin.flow.component.html.Anchor("evidence-pack", getTranslation("themes.link.evidence-pack"));
        var said = new com.vaadin.flow.component.html.Anchor("you-said-we-did/manage", getTranslation("themes.link.you-said"));
        var plan = new com.vaadin.flow.component.html.Anchor("improvement-plan", getTranslation("themes.link.plan"));
        var links = new com.vaadin.flow.component.html.Nav(pack, said, plan);
        links.addClassName("fv-themes-next");
        links.getElement().setAttribute("aria-label", getTranslation("themes.link.label"));
        return links;
    }

    /** The meeting types one can choose: each kind of meeting, and "not about a meeting". */
    static List<String> meetingTypes() {
        List<String> types = new ArrayList<>();
        for (MeetingType type : MeetingType.values()) {
            types.add(type.name());
        }
        types.add("NONE");
        return types;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Formats.ZONE);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        DashboardQuery.Parsed parsed = parse(event.getLocation().getQueryParameters());
        notice.show(parsed.problems(), FigureWords.period(this, parsed.query().from(), parsed.query().to()));
        query = parsed.query();
        filters.show(query);
        render();
    }

    DashboardQuery.Parsed parse(com.vaadin.flow.router.QueryParameters parameters) {
        Set<TeamId> teamIds = teams.stream().map(Team::id).collect(Collectors.toSet());
        return DashboardQuery.parse(parameters, today(), teamIds, Set.copyOf(meetingTypes()));
    }

    /** A new choice: into the address (and the browser's history), which brings the page back here to show it. */
    private void go(DashboardQuery next) {
        getUI().ifPresent(ui -> ui.navigate(ThemesDashboardView.class, next.queryParameters()));
    }

    private void render() {
        DashboardFilter filter = query.filter();
        showing.setText(getTranslation("themes.showing", FigureWords.period(this, query.from(), query.to()),
                FigureWords.choices(this, query, teams), FigureWords.period(this, filter.previous().from(), filter.previous().to())));
        headline.show(dashboard.headline(filter));
        List<ThemeLine> lines = dashboard.themes(filter);
        themes.show(query, lines);
        Granularity by = query.trendBy();
        Trend byPeriod = dashboard.trend(filter, by, TrendSection.TOP);
        if (query.granularity() == null && by == Granularity.WEEK && byPeriod.allSuppressed()) {
            // not chosen by the manager: weeks where every week is "fewer than 5" would draw no line, months may
            trend.show(dashboard.trend(filter, Granularity.MONTH, TrendSection.TOP), Granularity.MONTH, true);
        } else {
            trend.show(byPeriod, by, false);
        }
        List<Split> parts = new ArrayList<>();
        for (String dimension : SplitsSection.DIMENSIONS) {
            parts.add(dashboard.split(filter, dimension));
        }
        Map<String, String> teamNames = teams.stream()
                .collect(Collectors.toMap(t -> t.id().toString(), Team::name));
        splits.show(parts, teamNames);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("themes.title") + " | " + getTranslation("app.name");
    }
}

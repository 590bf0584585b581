package org.familyvoice.themes.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.familyvoice.accounts.AccountService;
import org.familyvoice.accounts.Team;
import org.familyvoice.base.Roles;
import org.familyvoice.base.TeamId;
import org.familyvoice.base.ui.Formats;
import org.familyvoice.themes.DashboardFilter;
import org.familyvoice.themes.Quote;
import org.familyvoice.themes.Sentiment;
import org.familyvoice.themes.ThemeQuotesService;
import org.familyvoice.themes.ThemeRef;
import org.jspecify.annotations.Nullable;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The words behind a theme's figure, for managers: newest first, a page at a time, each as the manager may see it
 * (as written for their own team's families, redacted and marked so for everyone else's). A figure from fewer than
 * 5 people opens no words at all. The address carries the dashboard's choices, so "back" returns to the same
 * figures; an unknown or retired theme is "not found".
 */
@Route("dashboard/quotes")
@RolesAllowed(Roles.MANAGER)
class ThemeQuotesView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String THEME = "theme";
    static final String SENTIMENT = "sentiment";
    static final int PAGE = 20;

    private final ThemeQuotesService quotes;
    private final Clock clock;
    private final List<Team> teams;
    private final LinkNotice notice = new LinkNotice();
    private final OrderedList list = new OrderedList();
    private final Paragraph count = new Paragraph();
    private final Button more = new Button();
    private @Nullable ThemeRef theme;
    private DashboardQuery query;
    private @Nullable Sentiment sentiment;
    private int total;
    private int loaded;

    private final org.familyvoice.improvement.ImprovementPlanService plan;

    ThemeQuotesView(ThemeQuotesService quotes, AccountService accounts, Clock clock,
                    org.familyvoice.improvement.ImprovementPlanService plan) {
        this.quotes = quotes;
        this.plan = plan;
        this.clock = clock;
        this.teams = accounts.teams();
        this.query = DashboardQuery.defaults(today());
        addClassNames("fv-page", "fv-themes", "fv-themes-quotes");
        list.addClassName("fv-quote-list");
        count.getElement().setAttribute("role", "status");
        more.setText(getTranslation("themes.quotes.more"));
        more.addClickListener(e -> loadMore());
    }

    /** The address of a theme's quotes with the dashboard's choices. */
    static QueryParameters parameters(DashboardQuery q, long themeId, @Nullable Sentiment sentiment) {
        Map<String, String> p = new LinkedHashMap<>(q.parameters());
        p.put(THEME, String.valueOf(themeId));
        if (sentiment != null) {
            p.put(SENTIMENT, sentiment.name().toLowerCase(Locale.ROOT));
        }
        return QueryParameters.simple(p);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Formats.ZONE);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters parameters = event.getLocation().getQueryParameters();
        Optional<ThemeRef> found = themeOf(DashboardQuery.first(parameters.getParameters(), THEME));
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        theme = found.get();
        Set<TeamId> teamIds = teams.stream().map(Team::id).collect(Collectors.toSet());
        DashboardQuery.Parsed parsed = DashboardQuery.parse(parameters, today(), teamIds,
                Set.copyOf(ThemesDashboardView.meetingTypes()));
        query = parsed.query();
        List<DashboardQuery.Problem> problems = new ArrayList<>(parsed.problems());
        sentiment = null;
        String wanted = DashboardQuery.first(parameters.getParameters(), SENTIMENT);
        if (wanted != null) {
            sentiment = DashboardQuery.constant(Sentiment.class, wanted);
            if (sentiment == null) {
                problems.add(new DashboardQuery.Problem("themes.link.sentiment", DashboardQuery.shorten(wanted)));
            }
        }
        notice.show(problems, FigureWords.period(this, query.from(), query.to()));
        render();
    }

    private Optional<ThemeRef> themeOf(@Nullable String id) {
        try {
            return id == null ? Optional.empty() : quotes.theme(Long.parseLong(id));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private void render() {
        removeAll();
        ThemeRef t = theme();
        var back = new RouterLink(getTranslation("themes.quotes.back"), ThemesDashboardView.class);
        back.setQueryParameters(query.queryParameters());
        back.addClassName("fv-themes-back");
        add(back, new H1(getTranslation("themes.quotes.title", t.name())));
        add(new Paragraph(getTranslation("themes.quotes.about", FigureWords.period(this, query.from(), query.to()),
                FigureWords.choices(this, query, teams))));
        add(notice);
        DashboardFilter filter = query.filter();
        if (!quotes.mayOpen(filter, t.id())) {
            var closed = new Div(new Paragraph(getTranslation("themes.quotes.suppressed", t.name())));
            closed.addClassNames("fv-card", "fv-notice");
            add(closed);
            return;
        }
        add(sentimentChoice());
        if (plan.mayLinkEvidence()) {
            var linkTheme = new com.vaadin.flow.component.button.Button(getTranslation("themes.quotes.link-theme", t.name()),
                    e -> org.familyvoice.improvement.ui.LinkEvidenceDialog.forTheme(plan, t.id(), () -> { }).open());
            linkTheme.addClassName("fv-themes-link-theme");
            add(linkTheme);
        }
        add(new Paragraph(getTranslation("themes.quotes.redaction")));
        total = quotes.count(filter, t.id(), sentiment);
        loaded = 0;
        list.removeAll();
        add(count, list, more);
        loadMore();
    }

    private Select<Sentiment> sentimentChoice() {
        var choice = new Select<Sentiment>();
        choice.setLabel(getTranslation("themes.quotes.sentiment"));
        choice.setItems(Sentiment.values());
        choice.setEmptySelectionAllowed(true);
        choice.setEmptySelectionCaption(getTranslation("themes.quotes.sentiment.all"));
        choice.setItemLabelGenerator(s -> s == null ? getTranslation("themes.quotes.sentiment.all")
                : getTranslation("themes.sentiment." + s.name()));
        choice.setValue(sentiment);
        choice.addValueChangeListener(e -> getUI().ifPresent(ui -> ui.navigate(ThemeQuotesView.class,
                parameters(query, theme().id(), e.getValue()))));
        choice.addClassName("fv-themes-filters");
        return choice;
    }

    /** The next page of quotes from the database, added to the list. */
    private void loadMore() {
        List<Quote> page = quotes.quotes(query.filter(), theme().id(), sentiment, loaded, PAGE);
        boolean mayLink = plan.mayLinkEvidence();
        for (Quote q : page) {
            QuoteCard card = new QuoteCard(q, teams);
            if (mayLink) {
                var link = new com.vaadin.flow.component.button.Button(getTranslation("themes.quotes.link"),
                        e -> org.familyvoice.improvement.ui.LinkEvidenceDialog.forQuote(plan, q.itemId(), () -> { }).open());
                link.setAriaLabel(getTranslation("themes.quotes.link.aria", Formats.date(q.saidOn())));
                card.actions.add(link);
            }
            list.add(card);
        }
        loaded += page.size();
        count.setText(total == 0 ? getTranslation("themes.quotes.count.none")
                : getTranslation("themes.quotes.count", total, loaded));
        more.setVisible(loaded < total && !page.isEmpty());
    }

    private ThemeRef theme() {
        if (theme == null) {
            throw new IllegalStateException("no theme");
        }
        return theme;
    }

    @Override
    public String getPageTitle() {
        return (theme == null ? getTranslation("themes.quotes.page") : getTranslation("themes.quotes.title", theme.name()))
                + " | " + getTranslation("app.name");
    }
}

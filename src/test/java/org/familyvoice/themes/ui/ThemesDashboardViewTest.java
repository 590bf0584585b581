package org.familyvoice.themes.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import com.github.mvysny.kaributesting.v10.RouterLinkKt;
import org.familyvoice.KaribuTest;
import org.familyvoice.SignIn;
import org.familyvoice.accounts.Team;
import org.familyvoice.themes.Dashboard.Average;
import org.familyvoice.themes.Figure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The managers' themes dashboard as a manager uses it: the figures for a period, the filters in the address, the
 * "fewer than 5" rule in every table, and the quotes behind a theme, redacted unless the family is in their team.
 * The words are our own, in March 2091 ({@link DashboardData}), so no figure depends on the demo data.
 */
class ThemesDashboardViewTest extends KaribuTest {

    @Autowired DashboardData data;

    @BeforeEach
    void words() {
        data.ensure();
    }

    @Test
    void theDashboardOpensWithHeadlineCardsAndTheThemesTable() {
        login(SignIn.MANAGER_NORTH);
        UI.getCurrent().navigate("dashboard");

        assertThat(_get(H1.class).getText()).isEqualTo("Themes: what families are telling us");
        assertThat(_find(H3.class).stream().map(H3::getText)).contains("Feedback forms", "Words that were positive",
                "Words that were negative", "“I felt listened to” (average)", "Felt listened to at meetings");
        NativeTable themes = themesTable();
        assertThat(headers(themes)).containsExactly("Theme", "Items", "Change", "Positive", "Negative", "Mixed");
        assertThat(rows(themes)).isNotEmpty();
        assertThat(_get(Select.class, spec -> spec.withLabel("Period")).getValue())
                .isEqualTo(DashboardQuery.Period.LAST_3_MONTHS);
        assertThat(_find(LinkNotice.class)).isEmpty();
    }

    @Test
    void changingTheTeamChangesTheAddressAndTheFigures() {
        login(SignIn.MANAGER_NORTH);
        open("dashboard", DashboardData.PERIOD);
        assertThat(row(themesTable(), DashboardData.INFORMED)).hasSize(6).startsWith(DashboardData.INFORMED, "10",
                "up 5 from 5");
        // the split by team: 6 people in North, 4 in South
        NativeTable byTeam = table("Items per theme and team");
        assertThat(headers(byTeam)).containsExactly("Theme", DashboardData.NORTH, DashboardData.SOUTH);
        assertThat(row(byTeam, DashboardData.INFORMED)).containsExactly(DashboardData.INFORMED, "6", "fewer than 5");

        Select<Team> team = teamChoice();
        _setValue(team, team(DashboardData.NORTH));
        assertThat(query()).containsEntry("team", List.of(data.team(DashboardData.NORTH).toString()))
                .containsEntry("from", List.of("2091-03-01"));
        assertThat(row(themesTable(), DashboardData.INFORMED)).hasSize(6).startsWith(DashboardData.INFORMED, "6",
                "up 1 from 5");

        _setValue(teamChoice(), team(DashboardData.SOUTH));
        assertThat(query()).containsEntry("team", List.of(data.team(DashboardData.SOUTH).toString()));
        assertThat(row(themesTable(), DashboardData.INFORMED)).containsExactly(DashboardData.INFORMED,
                "fewer than 5", "previous period: fewer than 5", "fewer than 5", "fewer than 5", "fewer than 5");
        // fewer than 5 people: no quotes to open
        assertThat(_find(RouterLink.class, spec -> spec.withText(DashboardData.INFORMED))).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("fv-themes-showing")).getText())
                .contains("1 Mar 2091 to 31 Mar 2091", DashboardData.SOUTH);
    }

    @Test
    void aThemeFromOnePersonIsNotRankedByItsHiddenNumber() {
        login(SignIn.MANAGER_NORTH);
        open("dashboard", DashboardData.PERIOD);
        List<List<String>> rows = rows(themesTable());
        // "School and education" has 12 items, more than "Being kept informed", but from one person
        assertThat(rows.getFirst().getFirst()).isEqualTo(DashboardData.INFORMED);
        assertThat(row(themesTable(), DashboardData.SCHOOL)).containsExactly(DashboardData.SCHOOL, "fewer than 5",
                "previous period: fewer than 5", "fewer than 5", "fewer than 5", "fewer than 5");
        assertThat(rows.stream().map(List::getFirst).toList()).startsWith(DashboardData.INFORMED)
                .doesNotContainSequence(DashboardData.SCHOOL, DashboardData.INFORMED);
        // and it is in no chart or split: nothing from it may be shown
        assertThat(headers(table("Items per week"))).containsExactly("Week", DashboardData.INFORMED);
        assertThat(rows(table("Items per theme and team")).stream().map(List::getFirst))
                .containsExactly(DashboardData.INFORMED);

        _setValue(_get(com.vaadin.flow.component.radiobutton.RadioButtonGroup.class,
                spec -> spec.withLabel("Rank themes by")), true);
        assertThat(query()).containsEntry("rank", List.of("change"));
        assertThat(rows(themesTable()).getFirst().getFirst()).isEqualTo(DashboardData.INFORMED);
    }

    @Test
    void aTrendWhereEveryPointIsFewerThanFiveSaysSoInsteadOfDrawingAnEmptyChart() {
        login(SignIn.MANAGER_NORTH);
        var theme = new org.familyvoice.themes.ThemeRef(1, "KEPT_INFORMED", "Being kept informed");
        var weeks = List.of(new org.familyvoice.themes.Dashboard.Bucket(DashboardData.FROM, DashboardData.FROM.plusDays(6)),
                new org.familyvoice.themes.Dashboard.Bucket(DashboardData.FROM.plusDays(7), DashboardData.FROM.plusDays(13)));
        var fewer = new org.familyvoice.themes.Dashboard.Trend(weeks, List.of(theme), java.util.Map.of(1L,
                List.of(new org.familyvoice.themes.Figure(4, 4), new org.familyvoice.themes.Figure(3, 3))));
        var section = new TrendSection();
        UI.getCurrent().add(section);
        section.show(fewer, org.familyvoice.themes.Dashboard.Granularity.WEEK, false);
        assertThat(_find(section, Image.class)).as("no empty chart").isEmpty();
        assertThat(_find(section, NativeTable.class)).as("no table of 'fewer than 5'").isEmpty();
        assertThat(_find(section, Paragraph.class).stream().map(Paragraph::getText)).containsExactly(
                "In every week of this period fewer than 5 people spoke about each of these themes, so there is no "
                        + "line to draw. Choose a longer period, or a trend by month.");

        var month = new org.familyvoice.themes.Dashboard.Trend(
                List.of(new org.familyvoice.themes.Dashboard.Bucket(DashboardData.FROM, DashboardData.TO)), List.of(theme),
                java.util.Map.of(1L, List.of(new org.familyvoice.themes.Figure(7, 7))));
        section.show(month, org.familyvoice.themes.Dashboard.Granularity.MONTH, true);
        assertThat(_find(section, Paragraph.class).getFirst().getText()).startsWith("Shown by month: in every single week");
        assertThat(_find(section, Image.class)).hasSize(1);
        assertThat(fewer.allSuppressed()).isTrue();
        assertThat(month.allSuppressed()).isFalse();
    }

    @Test
    void theTrendHasAChartWithAltTextAndATableOfTheSameFigures() {
        login(SignIn.MANAGER_NORTH);
        open("dashboard", DashboardData.PERIOD + "&trend=week");
        Image chart = _get(Image.class, spec -> spec.withPredicate(i -> i.getAlt().orElse("").startsWith("Line chart")));
        assertThat(chart.getAlt()).hasValue("Line chart of items per week for the theme most talked about. "
                + "The same figures are in the table below.");
        byte[] png = com.github.mvysny.kaributesting.v10.DownloadKt.download(chart);
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        NativeTable trend = table("Items per week");
        // March 2091 starts on a Thursday: the first week is 1 to 4 March
        assertThat(rows(trend).getFirst()).containsExactly("1 Mar 2091 to 4 Mar 2091", "fewer than 5");
        assertThat(rows(trend)).hasSize(5);

        _setValue(_get(Select.class, spec -> spec.withLabel("Trend by")), org.familyvoice.themes.Dashboard.Granularity.MONTH);
        assertThat(query()).containsEntry("trend", List.of("month"));
        assertThat(rows(table("Items per month"))).containsExactly(List.of("March 2091", "10"));
    }

    @Test
    void clickingAThemeOpensItsQuotesWithTheFiltersKept() {
        login(SignIn.MANAGER_NORTH);
        open("dashboard", DashboardData.PERIOD + "&source=parent");
        RouterLinkKt._click(_get(RouterLink.class, spec -> spec.withText(DashboardData.INFORMED)));

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("dashboard/quotes");
        assertThat(query()).containsEntry("from", List.of("2091-03-01")).containsEntry("to", List.of("2091-03-31"))
                .containsEntry("source", List.of("parent"))
                .containsEntry("theme", List.of(String.valueOf(data.themeId("KEPT_INFORMED"))));
        assertThat(_get(H1.class).getText()).isEqualTo("What families said: " + DashboardData.INFORMED);
        assertThat(_get(Paragraph.class, spec -> spec.withPredicate(p -> p.getText().startsWith("10 quotes"))))
                .isNotNull();

        RouterLinkKt._click(_get(RouterLink.class, spec -> spec.withText("Back to the themes dashboard")));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("dashboard");
        assertThat(query()).containsEntry("from", List.of("2091-03-01")).containsEntry("source", List.of("parent"));
        assertThat(_get(Select.class, spec -> spec.withLabel("Who said it")).getValue())
                .isEqualTo(org.familyvoice.themes.VoiceSource.PARENT);
    }

    @Test
    void quotesFromAFamilyOutsideTheManagersTeamAreRedacted() {
        String address = DashboardData.PERIOD + "&theme=" + data.themeId("KEPT_INFORMED");
        login(SignIn.MANAGER_NORTH);
        open("dashboard/quotes", address);
        assertThat(quote("never kept us informed. Ring me on")).isEqualTo("[name] never kept us informed. Ring me on [phone number].");
        assertThat(redacted("never kept us informed. Ring me on")).isTrue();
        assertThat(quote("about the plan changing")).isEqualTo(DashboardData.NORTH_WORDS);
        assertThat(redacted("about the plan changing")).isFalse();

        login(SignIn.MANAGER_SOUTH);
        open("dashboard/quotes", address);
        assertThat(quote("never kept us informed. Ring me on")).isEqualTo(DashboardData.SOUTH_WORDS);
        assertThat(redacted("never kept us informed. Ring me on")).isFalse();
        assertThat(quote("about the plan changing")).isEqualTo("[name] never kept us informed about the plan changing.");
        assertThat(redacted("about the plan changing")).isTrue();
        // the lead's "link to an improvement action" goes in each quote's actions row
        assertThat(_find(QuoteCard.class)).hasSize(10).allSatisfy(card -> assertThat(card.actions).isNotNull());
    }

    @Test
    void aFigureFromFewerThan5PeopleOpensNoWords() {
        login(SignIn.MANAGER_SOUTH);
        open("dashboard/quotes", DashboardData.PERIOD + "&team=" + data.team(DashboardData.SOUTH)
                + "&theme=" + data.themeId("KEPT_INFORMED"));
        assertThat(_get(Paragraph.class, spec -> spec.withPredicate(p -> p.getText().contains("fewer than 5 people")))
                .getText()).isEqualTo("The figure for Being kept informed is built from fewer than 5 people, so their "
                + "words cannot be shown: they could be recognised.");
        assertThat(_find(QuoteCard.class)).isEmpty();
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("fv-quote-text"))).isEmpty();
    }

    @Test
    void anUnknownThemeIsNotFound() {
        login(SignIn.MANAGER_NORTH);
        for (String theme : List.of("999999", "abc", "")) {
            open("dashboard/quotes", DashboardData.PERIOD + "&theme=" + theme);
            assertThat(_find(H1.class, spec -> spec.withText("Page not found"))).as(theme).hasSize(1);
        }
        open("dashboard/quotes", DashboardData.PERIOD);
        assertThat(_find(H1.class, spec -> spec.withText("Page not found"))).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {SignIn.PARENT_HARPER, SignIn.PRACTITIONER_NORTH, SignIn.YOUNG_HARPER})
    void onlyManagersReachTheDashboardAndTheQuotes(String username) {
        login(username);
        UI.getCurrent().navigate("dashboard");
        assertThat(_find(H1.class, spec -> spec.withText("Page not found"))).hasSize(1);
        open("dashboard/quotes", DashboardData.PERIOD + "&theme=" + data.themeId("KEPT_INFORMED"));
        assertThat(_find(H1.class, spec -> spec.withText("Page not found"))).hasSize(1);
        assertThat(_find(QuoteCard.class)).isEmpty();
    }

    @Test
    void aBadDateInTheAddressFallsBackWithANotice() {
        login(SignIn.MANAGER_NORTH);
        open("dashboard", "period=custom&from=2091-13-45&to=2091-03-31&team=777&rank=sideways");

        LinkNotice notice = _get(LinkNotice.class);
        assertThat(notice.getElement().getTextRecursively()).contains(
                "The start date “2091-13-45” is not a date written as year-month-day.",
                "There is no team “777”: all teams are shown.",
                "“sideways” is not a way to rank themes: they are ranked by volume.");
        assertThat(_get(Select.class, spec -> spec.withLabel("Period")).getValue())
                .isEqualTo(DashboardQuery.Period.LAST_3_MONTHS);
        assertThat(teamChoice().getValue()).isNull();
        assertThat(themesTable()).isNotNull();

        open("dashboard", "period=custom&from=2091-03-31&to=2091-03-01");
        assertThat(_get(LinkNotice.class).getElement().getTextRecursively()).contains(
                "The end of the period is before its start. Choose an end date on or after the start date.");
    }

    @Test
    void aRefusedPeriodIsExplainedNextToTheDatesAndNothingIsLost() {
        login(SignIn.MANAGER_NORTH);
        open("dashboard", DashboardData.PERIOD);
        DatePicker to = _get(DatePicker.class, spec -> spec.withLabel("To"));
        _setValue(to, LocalDate.of(2091, 2, 1));

        assertThat(to.isInvalid()).isTrue();
        assertThat(to.getErrorMessage())
                .isEqualTo("The end of the period is before its start. Choose an end date on or after the start date.");
        assertThat(to.getValue()).isEqualTo(LocalDate.of(2091, 2, 1));
        assertThat(_get(DatePicker.class, spec -> spec.withLabel("From")).getValue()).isEqualTo(DashboardData.FROM);
        // the figures and the address stay those of the last good choice
        assertThat(query()).containsEntry("to", List.of("2091-03-31"));
        assertThat(row(themesTable(), DashboardData.INFORMED).get(1)).isEqualTo("10");

        _setValue(to, LocalDate.of(2091, 3, 20));
        assertThat(to.isInvalid()).isFalse();
        assertThat(query()).containsEntry("to", List.of("2091-03-20"));
    }

    @Test
    void aFigureFromFewerThan5PeopleNeverShowsANumberNotEvenInAChange() {
        login(SignIn.MANAGER_NORTH);
        UI.getCurrent().navigate("dashboard");
        Component c = _get(H1.class);
        assertThat(FigureWords.countChange(c, new Figure(17, 6), new Figure(14, 5))).isEqualTo("up 3 from 14");
        assertThat(FigureWords.countChange(c, new Figure(9, 5), new Figure(14, 9))).isEqualTo("down 5 from 14");
        assertThat(FigureWords.countChange(c, new Figure(9, 5), new Figure(9, 5))).isEqualTo("no change from 9");
        assertThat(FigureWords.countChange(c, new Figure(17, 6), new Figure(14, 4)))
                .isEqualTo("previous period: fewer than 5");
        assertThat(FigureWords.countChange(c, new Figure(30, 4), new Figure(14, 5))).isEqualTo("previous period: 14");
        assertThat(FigureWords.count(c, new Figure(30, 4))).isEqualTo("fewer than 5");
        assertThat(FigureWords.percentChange(c, 0.17, 0.22)).isEqualTo("down 5 points from 22%");
        assertThat(FigureWords.percentChange(c, 0.23, 0.22)).isEqualTo("up 1 point from 22%");
        assertThat(FigureWords.percentChange(c, 0.23, null)).isEqualTo("previous period: fewer than 5");
        assertThat(FigureWords.percent(c, null)).isEqualTo("fewer than 5");
        Average now = new Average(3.84, new Figure(20, 8));
        Average before = new Average(3.46, new Figure(20, 8));
        assertThat(FigureWords.average(c, now)).isEqualTo("3.8 out of 5");
        assertThat(FigureWords.averageChange(c, now, before)).isEqualTo("up 0.3 from 3.5");
        assertThat(FigureWords.averageChange(c, new Average(null, new Figure(3, 3)), before))
                .isEqualTo("previous period: 3.5");
    }

    // ---------------------------------------------------------------------------------------------------------

    private static void open(String path, String query) {
        UI.getCurrent().navigate(path, QueryParameters.fromString(query));
    }

    private static Map<String, List<String>> query() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters().getParameters();
    }

    @SuppressWarnings("unchecked")
    private static Select<Team> teamChoice() {
        return _get(Select.class, spec -> spec.withLabel("Team"));
    }

    private static Team team(String name) {
        return teamChoice().getListDataView().getItems().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    private static NativeTable themesTable() {
        return _get(NativeTable.class, spec -> spec.withPredicate(t -> t.getCaptionText().startsWith("Themes ")));
    }

    private static NativeTable table(String caption) {
        return _get(NativeTable.class, spec -> spec.withPredicate(t -> caption.equals(t.getCaptionText())));
    }

    private static List<String> headers(NativeTable table) {
        return table.getHead().getChildren().findFirst().orElseThrow().getChildren()
                .map(cell -> cell.getElement().getTextRecursively()).toList();
    }

    private static List<List<String>> rows(NativeTable table) {
        return table.getBody().getChildren()
                .map(row -> row.getChildren().map(cell -> cell.getElement().getTextRecursively()).toList()).toList();
    }

    private static List<String> row(NativeTable table, String header) {
        return rows(table).stream().filter(r -> r.getFirst().equals(header)).findFirst().orElseThrow(
                () -> new AssertionError("no row " + header + " in " + rows(table)));
    }

    private static QuoteCard card(String containing) {
        return _find(QuoteCard.class).stream().filter(c -> c.getElement().getTextRecursively().contains(containing))
                .findFirst().orElseThrow(() -> new AssertionError("no quote with " + containing));
    }

    private static String quote(String containing) {
        return _get(card(containing), Paragraph.class, spec -> spec.withClasses("fv-quote-text")).getText();
    }

    private static boolean redacted(String containing) {
        return !_find(card(containing), Span.class, spec -> spec.withText("Redacted")).isEmpty();
    }
}

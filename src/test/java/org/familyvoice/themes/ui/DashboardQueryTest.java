package org.familyvoice.themes.ui;

import com.vaadin.flow.router.QueryParameters;
import org.familyvoice.base.TeamId;
import org.familyvoice.themes.Dashboard.Granularity;
import org.familyvoice.themes.VoiceSource;
import org.familyvoice.themes.ui.DashboardQuery.Period;
import org.familyvoice.themes.ui.DashboardQuery.Problem;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard's choices survive the round trip through the address, and a bad address falls back to defaults. */
class DashboardQueryTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 20);
    private static final Set<TeamId> TEAMS = Set.of(new TeamId(1), new TeamId(2));
    private static final Set<String> MEETINGS = Set.copyOf(ThemesDashboardView.meetingTypes());

    private static DashboardQuery.Parsed parse(String query) {
        return DashboardQuery.parse(QueryParameters.fromString(query), TODAY, TEAMS, MEETINGS);
    }

    @Test
    void everyChoiceGoesIntoTheAddressAndComesBack() {
        DashboardQuery q = DashboardQuery.defaults(TODAY).withPeriod(Period.CUSTOM, LocalDate.of(2026, 1, 1),
                        LocalDate.of(2026, 3, 31)).withTeam(new TeamId(2)).withSource(VoiceSource.YOUNG_PERSON)
                .withMeetingType("CIN_REVIEW").withGranularity(Granularity.MONTH).withByChange(true);
        String address = q.queryParameters().getQueryString();
        assertThat(address).contains("period=custom", "from=2026-01-01", "to=2026-03-31", "team=2",
                "source=young-person", "meeting=cin-review", "trend=month", "rank=change");
        DashboardQuery.Parsed back = parse(address);
        assertThat(back.problems()).isEmpty();
        assertThat(back.query()).isEqualTo(q);
    }

    @Test
    void presetsStayRelativeToTheDayTheLinkIsOpened() {
        DashboardQuery q = parse("period=30d&meeting=none").query();
        assertThat(q.from()).isEqualTo(LocalDate.of(2026, 4, 21));
        assertThat(q.to()).isEqualTo(TODAY);
        assertThat(q.meetingType()).isEqualTo("NONE");
        assertThat(q.queryParameters().getQueryString()).doesNotContain("from=").contains("period=30d");
        assertThat(parse("period=12m").query().from()).isEqualTo(LocalDate.of(2025, 5, 21));
    }

    @Test
    void noChoicesMeansTheLastThreeMonthsWeekByWeek() {
        DashboardQuery.Parsed parsed = parse("");
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.query().period()).isEqualTo(Period.LAST_3_MONTHS);
        assertThat(parsed.query().from()).isEqualTo(LocalDate.of(2026, 2, 21));
        assertThat(parsed.query().trendBy()).isEqualTo(Granularity.WEEK);
        assertThat(parse("period=12m").query().trendBy()).isEqualTo(Granularity.MONTH);
    }

    @Test
    void whatCannotBeUsedIsReplacedByItsDefaultAndReported() {
        DashboardQuery.Parsed parsed = parse("period=custom&from=2026-02-30&to=2026-03-01&team=9&source=cat"
                + "&meeting=picnic&trend=daily&rank=up");
        assertThat(parsed.query()).isEqualTo(DashboardQuery.defaults(TODAY));
        assertThat(parsed.problems()).extracting(Problem::key).containsExactly("themes.link.from",
                "themes.link.team", "themes.link.source", "themes.link.meeting", "themes.link.trend", "themes.link.rank");

        assertThat(parse("period=custom&from=2026-03-01&to=2026-02-01").problems()).extracting(Problem::key)
                .containsExactly("themes.error.period-backwards");
        assertThat(parse("period=custom&from=2020-01-01&to=2026-02-01").problems()).extracting(Problem::key)
                .containsExactly("themes.error.period-too-long");
        assertThat(parse("period=custom").problems()).extracting(Problem::key)
                .containsExactly("themes.link.from", "themes.link.to");
        assertThat(parse("period=forever").problems()).extracting(Problem::key).containsExactly("themes.link.period");
        assertThat(parse("team=-1").problems()).extracting(Problem::key).containsExactly("themes.link.team");
    }

    @Test
    void whatIsEchoedFromTheAddressIsShortAndHasNoHiddenCharacters() {
        Problem p = parse("source=" + "x".repeat(300)).problems().getFirst();
        assertThat((String) p.args()[0]).hasSize(41).endsWith("…");
        assertThat(DashboardQuery.shorten("a\u202Eb\u0000c")).isEqualTo("a?b?c");
    }
}

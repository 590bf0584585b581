package org.familyvoice.demo;

import org.familyvoice.IntegrationTest;
import org.familyvoice.SignIn;
import org.familyvoice.TestClock;
import org.familyvoice.base.TeamId;
import org.familyvoice.themes.Dashboard.Listened;
import org.familyvoice.themes.Dashboard.ThemeLine;
import org.familyvoice.themes.DashboardFilter;
import org.familyvoice.themes.Emerging;
import org.familyvoice.themes.EmergingTerm;
import org.familyvoice.themes.EmergingThemesService;
import org.familyvoice.themes.ThemeDashboardService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo data tells a manager something true at a glance: the year of feedback is there across teams, sources and
 * months, and the patterns planted in it show on the dashboard and in emerging themes, as a manager sees them.
 */
@IntegrationTest
class DemoVoicesTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final String DEMO_FORMS = "from feedback where submission_key like 'demo-%'";

    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;
    @Autowired SignIn signIn;
    @Autowired EmergingThemesService emerging;
    @Autowired ThemeDashboardService dashboard;

    private Duration undo;

    @BeforeEach
    void asWhenLoaded() {
        undo = DemoTime.backToLoad(jdbc, clock);
    }

    @AfterEach
    void back() {
        clock.advance(undo);
        SignIn.out();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), LONDON);
    }

    private TeamId team(String name) {
        return new TeamId(jdbc.sql("select id from team where name like :n").param("n", name + "%").query(Long.class)
                .single());
    }

    /** The 91 days up to today ({@code quarter} 0), or the 91 days before those (1), and so on. */
    private DashboardFilter quarter(int quarter, String team) {
        LocalDate to = today().minusDays(91L * quarter);
        return new DashboardFilter(to.minusDays(90), to, team(team), null, null);
    }

    private ThemeLine line(DashboardFilter filter, String code) {
        return dashboard.themes(filter).stream().filter(l -> l.theme().code().equals(code)).findFirst().orElseThrow();
    }

    private static double negativeShare(ThemeLine line) {
        return (double) line.negative().items() / line.now().items();
    }

    private int count(String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }

    @Test
    void aYearOfFeedbackFromManyPeopleInEveryTeamMonthAndVoice() {
        assertThat(count("select count(*) " + DEMO_FORMS)).isBetween(380, 420);
        assertThat(count("select count(distinct coalesce(cast(author_user_id as varchar(20)), reference)) " + DEMO_FORMS))
                .as("different people").isGreaterThan(150);
        for (String source : List.of("PARENT", "YOUNG_PERSON", "ANONYMOUS")) {
            assertThat(count("select count(*) " + DEMO_FORMS + " and source = '" + source + "'")).as(source)
                    .isGreaterThan(60);
        }
        assertThat(count("select count(*) " + DEMO_FORMS + " and not may_use_words")).as("some said no to using words")
                .isBetween(20, 80);
        for (String name : List.of("North", "South", "East")) {
            long team = team(name).value();
            for (int month = 0; month < 12; month++) {
                LocalDate to = today().minusDays(30L * month);
                int forms = jdbc.sql("select count(*) " + DEMO_FORMS + " and team_id = :t and submitted_at >= :from "
                                + "and submitted_at < :to")
                        .param("t", team).param("from", to.minusDays(30).atStartOfDay(LONDON).toOffsetDateTime())
                        .param("to", to.plusDays(1).atStartOfDay(LONDON).toOffsetDateTime()).query(Integer.class).single();
                assertThat(forms).as(name + ", 30 days ending " + to).isGreaterThanOrEqualTo(5);
            }
        }
        assertThat(count("select count(*) from meeting_check")).isGreaterThan(150);
        assertThat(count("select count(distinct meeting_type) from meeting")).isEqualTo(5);
        assertThat(count("select count(*) from voice_item where origin = 'MEETING_CHECK'")).isGreaterThan(30);
    }

    @Test
    void quotesOthersSeeHaveNamesAndContactDetailsRemoved() {
        for (String marker : List.of("[name]", "[phone number]", "[e-mail address]", "[postcode]")) {
            assertThat(count("select count(*) from voice_item where redacted_text like '%" + marker + "%'")).as(marker)
                    .isPositive();
        }
        for (String name : List.of("Priya", "Dana", "Ayesha", "Kerry", "Imran", "Hannah", "Sophie", "Jayden", "Kacper")) {
            assertThat(count("select count(*) from voice_item where redacted_text like '%" + name + "%'")).as(name)
                    .isZero();
        }
    }

    @Test
    void theNewFamilyHubIsTheEmergingTheme() {
        signIn.as("manager.east");
        Emerging found = emerging.emerging();
        assertThat(found.terms()).isNotEmpty();
        EmergingTerm first = found.terms().getFirst();
        assertThat(first.term()).isEqualTo("famili hub");
        assertThat(first.label()).isEqualTo("family hub");
        assertThat(first.isNew()).isTrue();
        assertThat(first.now().contributors()).isGreaterThanOrEqualTo(8);
        assertThat(first.quotes()).hasSize(EmergingThemesService.QUOTES)
                .allSatisfy(q -> assertThat(q.toLowerCase()).contains("family hub"));
        assertThat(found.terms()).extracting(EmergingTerm::term).contains("park")
                .doesNotContain("hub"); // most uses of "hub" are "family hub", which is listed
    }

    @Test
    void northFeelsMoreListenedToSinceItsChangeInSpring() {
        signIn.as(SignIn.MANAGER_NORTH);
        ThemeLine last = line(quarter(0, "North"), "LISTENED_TO");
        ThemeLine before = line(quarter(1, "North"), "LISTENED_TO");
        ThemeLine longAgo = line(quarter(3, "North"), "LISTENED_TO");
        assertThat(last.now().suppressed()).isFalse();
        assertThat(before.now().suppressed()).isFalse();
        assertThat(negativeShare(last)).as("last 3 months").isLessThan(0.2)
                .isLessThan(negativeShare(before) - 0.15);
        assertThat(negativeShare(longAgo)).as("9 to 12 months ago").isGreaterThan(0.5);

        // and after meetings, more parents and young people answer "yes" to "did you feel listened to?"
        Listened parentsNow = side(quarter(0, "North"), "PARENT");
        Listened parentsThen = side(quarter(2, "North"), "PARENT");
        assertThat(parentsNow.yesShare()).isNotNull().isGreaterThan(parentsThen.yesShare());
    }

    private Listened side(DashboardFilter filter, String respondent) {
        return dashboard.headline(filter).listened().stream().filter(l -> l.respondent().equals(respondent))
                .findFirst().orElseThrow();
    }

    @Test
    void southTalksAboutChangesOfWorkerAndReachingTheirWorkerInTheLastQuarter() {
        signIn.as(SignIn.MANAGER_SOUTH);
        for (String code : List.of("WORKER_CHANGES", "WORKER_AVAILABILITY")) {
            ThemeLine line = line(quarter(0, "South"), code);
            assertThat(line.now().suppressed()).as(code).isFalse();
            assertThat(line.now().items()).as(code).isGreaterThanOrEqualTo(2 * line.before().items());
            assertThat(line.negative().items()).as(code).isGreaterThan(line.positive().items());
            assertThat(line(quarter(0, "North"), code).now().items()).as(code + " in North")
                    .isLessThan(line.now().items() / 2);
        }
    }
}

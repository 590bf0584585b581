package org.familyvoice.themes;

import org.familyvoice.IntegrationTest;
import org.familyvoice.SignIn;
import org.familyvoice.TestClock;
import org.familyvoice.base.FamilyId;
import org.familyvoice.base.TeamId;
import org.familyvoice.feedback.FeedbackAbout;
import org.familyvoice.feedback.FeedbackForm;
import org.familyvoice.feedback.FeedbackService;
import org.familyvoice.themes.Dashboard.Average;
import org.familyvoice.themes.Dashboard.Granularity;
import org.familyvoice.themes.Dashboard.ThemeLine;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Fewer than 5" at its edge: a figure from 4 people is never shown, nor are the quotes behind it, and a fifth person
 * shows it; many items from one person are still one person; a headline average from 4 people has no value. Each
 * test uses its own month of 2031, far from the demo data and from each other (the context is shared). Also: the
 * same quotes as written for the manager of the family's team and redacted for the manager of another team.
 */
@IntegrationTest
class ThemeSuppressionTest {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final AtomicLong ORIGIN = new AtomicLong(7_000_000_000L);
    private static final String KEPT_IN_THE_DARK = "Nobody told us anything.";

    @Autowired VoiceRecorder recorder;
    @Autowired ThemeDashboardService dashboard;
    @Autowired ThemeQuotesService quotes;
    @Autowired FeedbackService feedback;
    @Autowired SignIn signIn;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate tx;
    @Autowired TestClock clock;

    @AfterEach
    void out() {
        SignIn.out();
    }

    @Test
    void fourPeopleAreFewerThanFiveEverywhereAndAFifthShowsTheFigure() {
        DashboardFilter january = DashboardFilter.of(LocalDate.of(2031, 1, 1), LocalDate.of(2031, 1, 31));
        for (int person = 1; person <= 4; person++) {
            say(KEPT_IN_THE_DARK, "user:jan-" + person, LocalDate.of(2031, 1, 2 * person), null, null);
        }
        signIn.as(SignIn.MANAGER_NORTH);
        long theme = themeId("KEPT_INFORMED");

        ThemeLine line = line(january, "KEPT_INFORMED");
        assertThat(line.now().items()).isEqualTo(4);
        assertThat(line.now().suppressed()).isTrue();
        assertThat(line.now().shown()).isEmpty();
        assertThat(quotes.mayOpen(january, theme)).isFalse();
        assertThat(quotes.quotes(january, theme, null, 0, 50)).isEmpty();
        assertThat(quotes.count(january, theme, null)).isZero();
        // the same four people behind every other cut of the figure: no cell of it may be shown (the theme may
        // also be left out of the trend and the split altogether)
        var trend = dashboard.trend(january, Granularity.WEEK, 20);
        assertThat(trend.cells().getOrDefault(theme, List.of())).allSatisfy(f -> assertThat(f.suppressed()).isTrue());
        var byTeam = dashboard.split(january, "team_id");
        assertThat(byTeam.cells().entrySet()).filteredOn(e -> e.getKey().startsWith(theme + ":"))
                .allSatisfy(e -> assertThat(e.getValue().suppressed()).isTrue());
        var headline = dashboard.headline(january);
        assertThat(headline.words().get("ALL").suppressed()).isTrue();
        assertThat(Dashboard.Headline.share(headline.words(), "NEGATIVE")).isNull();

        say(KEPT_IN_THE_DARK, "user:jan-5", LocalDate.of(2031, 1, 30), null, null);
        line = line(january, "KEPT_INFORMED");
        assertThat(line.now().shown()).hasValue(5);
        assertThat(quotes.mayOpen(january, theme)).isTrue();
        assertThat(quotes.count(january, theme, null)).isEqualTo(5);
        assertThat(quotes.quotes(january, theme, null, 0, 50)).hasSize(5)
                .allSatisfy(q -> assertThat(q.text()).isEqualTo(KEPT_IN_THE_DARK));
        headline = dashboard.headline(january);
        assertThat(headline.words().get("ALL").shown()).hasValue(5);
        assertThat(Dashboard.Headline.share(headline.words(), "NEGATIVE")).isEqualTo(1.0);
        // a month with the same items but a fortnight cut off has four people again
        DashboardFilter first = DashboardFilter.of(LocalDate.of(2031, 1, 1), LocalDate.of(2031, 1, 29));
        assertThat(line(first, "KEPT_INFORMED").now().suppressed()).isTrue();
        assertThat(quotes.mayOpen(first, theme)).isFalse();
    }

    @Test
    void tenItemsFromOnePersonAreStillOnePerson() {
        DashboardFilter february = DashboardFilter.of(LocalDate.of(2031, 2, 1), LocalDate.of(2031, 2, 28));
        for (int i = 0; i < 10; i++) {
            say(KEPT_IN_THE_DARK, "user:feb-loud", LocalDate.of(2031, 2, 1 + i), null, null);
        }
        signIn.as(SignIn.MANAGER_SOUTH);
        long theme = themeId("KEPT_INFORMED");
        assertThat(line(february, "KEPT_INFORMED").now()).isEqualTo(new Figure(10, 1));
        assertThat(line(february, "KEPT_INFORMED").now().shown()).isEmpty();
        assertThat(quotes.mayOpen(february, theme)).isFalse();
        for (int person = 1; person <= 3; person++) {
            say(KEPT_IN_THE_DARK, "user:feb-" + person, LocalDate.of(2031, 2, 20), null, null);
        }
        assertThat(line(february, "KEPT_INFORMED").now()).isEqualTo(new Figure(13, 4));
        assertThat(line(february, "KEPT_INFORMED").now().shown()).isEmpty();
        assertThat(quotes.quotes(february, theme, null, 0, 50)).isEmpty();
        say(KEPT_IN_THE_DARK, "user:feb-4", LocalDate.of(2031, 2, 21), null, null);
        assertThat(line(february, "KEPT_INFORMED").now().shown()).hasValue(14);
    }

    @Test
    void aHeadlineAverageFromFourPeopleHasNoValueAndFromFiveItHas() {
        DashboardFilter march = DashboardFilter.of(LocalDate.of(2031, 3, 1), LocalDate.of(2031, 3, 31));
        // four anonymous forms (each a person of its own), given on 10 March 2031 through the feedback service
        at(LocalDate.of(2031, 3, 10), () -> {
            for (int i = 1; i <= 4; i++) {
                giveAnonymously(i, i);
            }
        });
        signIn.as(SignIn.MANAGER_NORTH);
        Dashboard.Headline headline = dashboard.headline(march);
        Average listened = headline.ratings().get("LISTENED");
        assertThat(listened.mean()).isNull();
        assertThat(listened.suppressed()).isTrue();
        assertThat(listened.answers().items()).isEqualTo(4);
        assertThat(headline.forms().suppressed()).isTrue();
        assertThat(headline.ratings().get("UNDERSTOOD").mean()).isNull();

        at(LocalDate.of(2031, 3, 11), () -> giveAnonymously(5, 5));
        headline = dashboard.headline(march);
        listened = headline.ratings().get("LISTENED");
        assertThat(listened.suppressed()).isFalse();
        assertThat(listened.mean()).isEqualTo(3.0);   // (1 + 2 + 3 + 4 + 5) / 5
        assertThat(headline.forms().shown()).hasValue(5);
        // nobody answered "understood": no average, whatever the number of forms
        assertThat(headline.ratings().get("UNDERSTOOD").mean()).isNull();
    }

    @Test
    void oneParentsSixFormsAreOnePersonsAverage() {
        DashboardFilter april = DashboardFilter.of(LocalDate.of(2031, 4, 1), LocalDate.of(2031, 4, 30));
        at(LocalDate.of(2031, 4, 8), () -> {
            signIn.as(SignIn.PARENT_HARPER);
            for (int i = 0; i < 6; i++) {
                feedback.give(new FeedbackForm(UUID.randomUUID().toString(), FeedbackAbout.SOCIAL_WORKER, null, 5, null,
                        null, null, null, false, false, null, null));
            }
        });
        signIn.as(SignIn.MANAGER_NORTH);
        Dashboard.Headline headline = dashboard.headline(april);
        assertThat(headline.forms()).isEqualTo(new Figure(6, 1));
        assertThat(headline.forms().shown()).isEmpty();
        assertThat(headline.ratings().get("LISTENED").mean()).isNull();
    }

    @Test
    void theManagerOfTheFamilysTeamReadsTheWordsAsWrittenAnotherTeamsManagerReadsThemRedacted() {
        DashboardFilter may = DashboardFilter.of(LocalDate.of(2031, 5, 1), LocalDate.of(2031, 5, 31));
        Family harper = family("FV-1001");      // North
        Family adeyemi = family("FV-2001");     // South
        String north = "Priya Shah never rang me back on 07700 900123 and nobody told us anything.";
        String south = "Dana Whitfield never rang me back, email me at grace.a@example.org, nobody told us anything.";
        for (int i = 1; i <= 3; i++) {
            say(north, "user:may-north-" + i, LocalDate.of(2031, 5, i), harper.id(), harper.team());
        }
        for (int i = 1; i <= 2; i++) {
            say(south, "user:may-south-" + i, LocalDate.of(2031, 5, 10 + i), adeyemi.id(), adeyemi.team());
        }
        long theme = themeId("KEPT_INFORMED");

        signIn.as(SignIn.MANAGER_NORTH);
        List<Quote> seenInNorth = quotes.quotes(may, theme, null, 0, 50);
        assertThat(seenInNorth).hasSize(5);
        assertThat(seenInNorth).filteredOn(q -> q.teamId() == harper.team().value()).hasSize(3)
                .allSatisfy(q -> {
                    assertThat(q.redacted()).isFalse();
                    assertThat(q.text()).isEqualTo(north);
                });
        assertThat(seenInNorth).filteredOn(q -> q.teamId() == adeyemi.team().value()).hasSize(2)
                .allSatisfy(q -> {
                    assertThat(q.redacted()).isTrue();
                    assertThat(q.text()).doesNotContain("Dana", "Whitfield", "grace.a@example.org", "example.org")
                            .contains("nobody told us anything");
                });

        signIn.as(SignIn.MANAGER_SOUTH);
        List<Quote> seenInSouth = quotes.quotes(may, theme, null, 0, 50);
        assertThat(seenInSouth).filteredOn(q -> q.teamId() == harper.team().value()).hasSize(3)
                .allSatisfy(q -> {
                    assertThat(q.redacted()).isTrue();
                    assertThat(q.text()).doesNotContain("Priya", "Shah", "07700", "900123")
                            .contains("nobody told us anything");
                });
        assertThat(seenInSouth).filteredOn(q -> q.teamId() == adeyemi.team().value())
                .allSatisfy(q -> assertThat(q.text()).isEqualTo(south));
    }

    private record Family(FamilyId id, TeamId team) {
    }

    private Family family(String reference) {
        return jdbc.sql("select id, team_id from family where case_reference = :r").param("r", reference)
                .query((rs, n) -> new Family(new FamilyId(rs.getLong(1)), new TeamId(rs.getLong(2)))).single();
    }

    /** Words someone allowed to be used, said at noon that day, saved as a feature saves them (and committed). */
    private void say(String text, String contributor, LocalDate day, @Nullable FamilyId family, @Nullable TeamId team) {
        Instant at = day.atTime(12, 0).atZone(UK).toInstant();
        tx.executeWithoutResult(s -> recorder.record(new SaidText(VoiceOrigin.AGENDA_ITEM, ORIGIN.incrementAndGet(),
                family, team, VoiceSource.PARENT, "CHILD_IN_NEED", contributor, null, false, at, text, List.of())));
    }

    private void giveAnonymously(int n, int listened) {
        feedback.giveAnonymously(new FeedbackForm(UUID.randomUUID().toString(), FeedbackAbout.TEAM, null, listened,
                null, null, null, null, false, false, null, null), "198.51.100." + n);
    }

    /** Runs the work with the clock at noon of that day, then puts the clock back. */
    private void at(LocalDate day, Runnable work) {
        Duration jump = Duration.between(clock.instant(), day.atTime(12, 0).atZone(UK).toInstant());
        clock.advance(jump);
        try {
            work.run();
        } finally {
            clock.advance(jump.negated());
        }
    }

    private long themeId(String code) {
        return jdbc.sql("select id from theme where code = :c").param("c", code).query(Long.class).single();
    }

    private ThemeLine line(DashboardFilter filter, String code) {
        return dashboard.themes(filter).stream().filter(l -> l.theme().code().equals(code)).findFirst().orElseThrow();
    }
}

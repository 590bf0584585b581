package org.familyvoice.themes;

import org.familyvoice.IntegrationTest;
import org.familyvoice.SignIn;
import org.familyvoice.TestClock;
import org.familyvoice.base.TeamId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Emerging themes from words said in a stretch of days far in the future, so that only this test's words count:
 * the clock is moved there for each test (a different stretch each time) and back afterwards.
 */
@IntegrationTest
class EmergingThemesServiceTest {

    private static final AtomicInteger STRETCH = new AtomicInteger();
    private static final AtomicLong ORIGIN = new AtomicLong(9_000_000_000L + new Random().nextInt(1_000_000) * 1000L);

    @Autowired EmergingThemesService emerging;
    @Autowired VoiceRecorder voices;
    @Autowired Taxonomy taxonomy;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcClient jdbc;
    @Autowired SignIn signIn;
    @Autowired TestClock clock;

    private Duration moved;
    private final Random random = new Random();

    @BeforeEach
    void farAhead() {
        moved = Duration.ofDays(365L * 40 + 1000L * STRETCH.incrementAndGet());
        clock.advance(moved);
    }

    @AfterEach
    void back() {
        clock.advance(moved.negated());
        SignIn.out();
    }

    /** A made-up word of letters only, new to the data, and the term it is analysed to. */
    private String word() {
        StringBuilder w = new StringBuilder("ab");
        for (int i = 0; i < 6; i++) {
            w.append("bdfgkmptvz".charAt(random.nextInt(10))).append("aeiou".charAt(random.nextInt(5)));
        }
        return w.append('x').toString();
    }

    private String term(String text) {
        return taxonomy.current().tagger().terms(text).iterator().next();
    }

    /** Words said {@code daysAgo} days before the (moved) now, by one person, as the feedback service records them. */
    private void said(String text, int daysAgo, String person) {
        Instant at = clock.instant().minus(Duration.ofDays(daysAgo)).minus(Duration.ofHours(1));
        long team = jdbc.sql("select min(id) from team").query(Long.class).single();
        tx.executeWithoutResult(s -> voices.record(new SaidText(VoiceOrigin.FEEDBACK, ORIGIN.incrementAndGet(), null,
                new TeamId(team), VoiceSource.ANONYMOUS, null, person, null, false, at, text, List.of())));
    }

    /** A person's contributor key: the same for the same test, number and word. */
    private static String person(String test, int number, String word) {
        return "anonymous:" + test + number + "-" + word;
    }

    /** Whether the term is listed, alone or in a listed two-word phrase. */
    private boolean listedIn(String term) {
        return emerging.emerging().terms().stream().anyMatch(t -> List.of(t.term().split(" ")).contains(term));
    }

    private Optional<EmergingTerm> listed(String term) {
        return emerging.emerging().terms().stream().filter(t -> t.term().equals(term)).findFirst();
    }

    @Test
    void aWordSixPeopleStartedUsingIsListedWithRedactedQuotes() {
        String word = word();
        List<String> texts = List.of("The %s is a worry. Priya Shah knows, ring me on 07700 900120",
                "Nobody told us about the %s until Priya Shah rang. My number is 07700 900121",
                "%s again!! Ask Priya Shah, or text me on 07700 900122",
                "Since the %s we have struggled. Priya Shah has my mobile, 07700 900123",
                "I don't understand why the %s happened. Call me 07700 900124 (Priya Shah has the details)",
                "Please explain the %s to us properly. Priya Shah said she would, 07700 900125");
        for (int i = 0; i < 6; i++) {
            said(texts.get(i).formatted(word), 2 + 4 * i, person("six", i, word));
        }
        signIn.as(SignIn.MANAGER_NORTH);
        Emerging result = emerging.emerging();
        assertThat(result.to()).isEqualTo(result.from().plusDays(EmergingThemesService.NOW_DAYS - 1));
        assertThat(result.beforeTo()).isEqualTo(result.from().minusDays(1));
        EmergingTerm found = listed(term(word)).orElseThrow(() -> new AssertionError(word + " not listed: " + result));
        assertThat(found.label()).isEqualTo(word);
        assertThat(found.now()).isEqualTo(new Figure(6, 6));
        assertThat(found.isNew()).isTrue();
        assertThat(found.quotes()).hasSize(EmergingThemesService.QUOTES)
                .allSatisfy(q -> assertThat(q).contains(word, "[name]", "[phone number]")
                        .doesNotContain("Priya", "Shah", "07700"));
        // the name used by all six is a rising "term" too, but it is never shown: it only appears where redacted
        assertThat(result.terms()).noneSatisfy(t -> assertThat(t.label()).containsAnyOf("priya", "shah"));
    }

    @Test
    void aWordOnlyFourPeopleUsedIsNotListed() {
        String word = word();
        for (int i = 0; i < 4; i++) {
            said("Nobody explained the " + word + " to us", 1 + i, person("four", i, word));
            said("The " + word + " again, still not sorted", 3 + i, person("four", i, word));
        }
        signIn.as(SignIn.MANAGER_SOUTH);
        assertThat(listedIn(term(word))).as("8 uses by 4 people").isFalse();

        said("And the " + word + " is worse", 5, person("four", 5, word));
        assertThat(listedIn(term(word))).as("by a fifth person").isTrue();
    }

    @Test
    void wordsAThemeAlreadyCoversAreNotListed() {
        String word = word();
        for (int i = 0; i < 6; i++) {
            said("The social worker " + word + " us", 1 + i, person("covered", i, word));
        }
        assertThat(taxonomy.current().tagger().covers("social worker")).isTrue();
        signIn.as(SignIn.MANAGER_NORTH);
        List<String> terms = emerging.emerging().terms().stream().map(EmergingTerm::term).toList();
        assertThat(terms).doesNotContain("social worker", "social", "worker")
                .as("the new word is listed (with the word before it)").anyMatch(t -> t.contains(term(word)));
    }

    @Test
    void aWordUsedSteadilyForMonthsIsNotListed() {
        String steady = word();
        String rising = word();
        for (int day = 1; day <= 120; day += 3) {
            said("the " + steady + " again", day, person("steady", day, steady));
        }
        for (int day = 1; day <= 120; day += 20) {
            said("the " + rising + " again", day, person("slow", day, rising));
        }
        for (int i = 0; i < 6; i++) {
            said("the " + rising + " again", 1 + i, person("fast", i, rising));
        }
        signIn.as(SignIn.MANAGER_NORTH);
        assertThat(listedIn(term(steady))).as("10 of 40 uses in the last 30 days: the same daily rate").isFalse();
        EmergingTerm up = listed(term(rising)).orElseThrow();
        assertThat(up.now().items()).isEqualTo(8);
        assertThat(up.before().items()).isEqualTo(4);
        assertThat(up.before().suppressed()).as("4 people before: fewer than 5").isTrue();
        assertThat(up.isNew()).isFalse();
    }

    @Test
    void aFewMorePeopleThanUsualIsNoClearRise() {
        String word = word();
        for (int i = 0; i < 3; i++) {
            said("the " + word + " is back", 40 + 25 * i, person("usual", i, word));
        }
        for (int i = 0; i < 5; i++) {
            said("the " + word + " is back", 1 + 5 * i, person("recent", i, word));
        }
        signIn.as(SignIn.MANAGER_NORTH);
        assertThat(listedIn(term(word))).as("5 people now, 3 before: 4 more than the earlier rate brings").isFalse();

        said("the " + word + " is back", 2, person("recent", 5, word));
        assertThat(listedIn(term(word))).as("a sixth person: 5 more").isTrue();
    }

    @Test
    void nothingRisingGivesAnEmptyListAndOnlyManagersMayAsk() {
        signIn.as(SignIn.MANAGER_NORTH);
        assertThat(emerging.emerging().terms()).isEmpty();
        long audited = jdbc.sql("select count(*) from audit_event where action = 'EMERGING_THEMES_VIEWED'")
                .query(Long.class).single();
        assertThat(audited).isPositive();
        for (String refused : List.of(SignIn.PRACTITIONER_NORTH, SignIn.ADMIN, SignIn.PARENT_HARPER, SignIn.YOUNG_HARPER)) {
            signIn.as(refused);
            assertThatThrownBy(() -> emerging.emerging()).as(refused).isInstanceOf(AccessDeniedException.class);
        }
        SignIn.out();
        assertThatThrownBy(() -> emerging.emerging()).isInstanceOf(
                org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }
}

package org.familyvoice.improvement;

import org.familyvoice.IntegrationTest;
import org.familyvoice.Refusal;
import org.familyvoice.SignIn;
import org.familyvoice.improvement.YouSaidEntry.Draft;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * "You said, we did": only managers write; publishing tells each consenting author once, and nobody else; the public
 * list holds only what is published; stale versions, bad text and changed items are refused with a message.
 */
@IntegrationTest
class YouSaidServiceTest {

    @Autowired YouSaidService service;
    @Autowired YouSaidFixtures fixtures;
    @Autowired SignIn signIn;
    @Autowired JdbcClient jdbc;

    private final LocalDate day = LocalDate.of(YouSaidFixtures.farYear(), 3, 10);

    @AfterEach
    void out() {
        SignIn.out();
    }

    private static Draft draft(String heard, List<Long> items) {
        return new Draft(heard, "We now send a text the day before every visit.", LocalDate.of(2025, 11, 3), null,
                null, items);
    }

    private long version(long id) {
        return service.find(id).orElseThrow().version();
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.familyvoice.TestClock clock;

    @Test
    void publishingTellsEachConsentingAuthorOnceAndNobodyElseEvenWhenPublishedAgain() {
        long leanne = fixtures.userId(SignIn.PARENT_HARPER);
        long kai = fixtures.userId(SignIn.YOUNG_HARPER);
        long novak = fixtures.userId(SignIn.PARENT_NOVAK);
        String k = UUID.randomUUID().toString();
        long l1 = fixtures.say(day, "user:" + leanne, "Visits were changed at the last minute", leanne, true);
        long l2 = fixtures.say(day, "user:" + leanne, "Nobody told us the visit had moved", leanne, true);
        long k1 = fixtures.say(day, "user:" + kai, "I never know when she is coming", kai, true);
        long n1 = fixtures.say(day, "user:" + novak, "Visits moved without warning", novak, false);
        long anon = fixtures.say(day, "anonymous:" + k.substring(0, 12), "They cancel visits and do not say", null, true);
        int leanneBefore = fixtures.notifications(leanne);
        int kaiBefore = fixtures.notifications(kai);
        int novakBefore = fixtures.notifications(novak);
        int allBefore = jdbc.sql("select count(*) from notification where message_key = :k")
                .param("k", YouSaidService.NOTIFICATION).query(Integer.class).single();

        signIn.as(SignIn.MANAGER_NORTH);
        long id = service.create(draft("Visits changed without warning " + k, List.of(l1, l2, k1, n1, anon)));
        assertThat(fixtures.notifications(leanne)).as("a draft tells nobody").isEqualTo(leanneBefore);

        assertThat(service.publish(id, version(id))).isEqualTo(2);
        assertThat(fixtures.notifications(leanne)).as("two items, one notification").isEqualTo(leanneBefore + 1);
        assertThat(fixtures.notifications(kai)).isEqualTo(kaiBefore + 1);
        assertThat(fixtures.notifications(novak)).as("did not agree to be contacted").isEqualTo(novakBefore);
        assertThat(jdbc.sql("select count(*) from notification where message_key = :k")
                .param("k", YouSaidService.NOTIFICATION).query(Integer.class).single())
                .as("the anonymous author has no account to tell").isEqualTo(allBefore + 2);
        assertThat(jdbc.sql("select link from notification where user_id = :u and message_key = :k order by id desc "
                        + "fetch first 1 rows only").param("u", leanne).param("k", YouSaidService.NOTIFICATION)
                .query(String.class).single()).isEqualTo("you-said-we-did");

        service.unpublish(id, version(id));
        assertThat(service.publish(id, version(id))).as("published again: nobody is told twice").isZero();
        assertThat(fixtures.notifications(leanne)).isEqualTo(leanneBefore + 1);
        assertThat(fixtures.notifications(kai)).isEqualTo(kaiBefore + 1);
        assertThat(fixtures.notifications(novak)).isEqualTo(novakBefore);

        // and the words behind it stay as they were, so nobody new could be missed either
        service.unpublish(id, version(id));
        assertThat(Refusal.of(() -> service.update(id, version(id), draft("Changed " + k, List.of(l1)))))
                .isEqualTo("you-said.error.items-fixed");
        service.update(id, version(id), draft("Visits changed without warning, said many " + k,
                List.of(l1, l2, k1, n1, anon)));
        assertThat(service.find(id).orElseThrow().heard()).startsWith("Visits changed without warning, said many");
    }

    @Test
    void parentsYoungPeopleAndPractitionersCannotWriteOrPublishEntries() {
        signIn.as(SignIn.MANAGER_NORTH);
        long id = service.create(draft("Letters were hard to read", List.of()));
        long v = version(id);
        for (String who : List.of(SignIn.PARENT_HARPER, SignIn.YOUNG_HARPER, SignIn.PRACTITIONER_NORTH, SignIn.ADMIN)) {
            signIn.as(who);
            assertThatThrownBy(() -> service.create(draft("Sneaky", List.of()))).as(who)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> service.update(id, v, draft("Sneaky", List.of()))).as(who)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> service.publish(id, v)).as(who).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> service.entries(0, 10)).as(who).isInstanceOf(AccessDeniedException.class);
        }
        SignIn.out();
        assertThatThrownBy(() -> service.create(draft("Sneaky", List.of())))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        signIn.as(SignIn.MANAGER_NORTH);
        assertThat(service.find(id).orElseThrow().heard()).isEqualTo("Letters were hard to read");
        assertThat(service.find(id).orElseThrow().published()).isFalse();
    }

    @Test
    void thePublicListShowsOnlyPublishedEntriesNewestFirstToAnyone() {
        String k = UUID.randomUUID().toString();
        signIn.as(SignIn.MANAGER_SOUTH);
        long draftOnly = service.create(new Draft("Draft " + k, "Not yet", LocalDate.of(2025, 6, 1), null, null,
                List.of()));
        long older = service.create(new Draft("Older " + k, "Done", LocalDate.of(2025, 5, 1), null, null, List.of()));
        long newer = service.create(new Draft("Newer " + k, "Done", LocalDate.of(2025, 7, 1), null, null, List.of()));
        long withdrawn = service.create(new Draft("Withdrawn " + k, "Done", LocalDate.of(2025, 8, 1), null, null,
                List.of()));
        service.publish(older, version(older));
        service.publish(newer, version(newer));
        service.publish(withdrawn, version(withdrawn));
        service.unpublish(withdrawn, version(withdrawn));
        assertThat(draftOnly).isPositive();

        SignIn.out();
        List<String> heard = service.published(0, 200).stream().map(YouSaidEntry.Published::heard)
                .filter(h -> h.endsWith(k)).toList();
        assertThat(heard).containsExactly("Newer " + k, "Older " + k);
        assertThat(service.countPublished()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aStaleVersionBadTextAndAFutureDateAreRefusedWithAMessage() {
        signIn.as(SignIn.MANAGER_NORTH);
        long id = service.create(draft("First words", List.of()));
        long seen = version(id);
        service.update(id, seen, draft("Second words", List.of()));
        assertThat(Refusal.of(() -> service.update(id, seen, draft("Overwrite", List.of()))))
                .isEqualTo("you-said.error.changed");
        assertThat(Refusal.of(() -> service.publish(id, seen))).isEqualTo("you-said.error.changed");
        assertThat(service.find(id).orElseThrow().heard()).isEqualTo("Second words");

        assertThat(Refusal.of(() -> service.create(draft("  ", List.of())))).isEqualTo("you-said.error.heard-missing");
        assertThat(Refusal.of(() -> service.create(draft("x".repeat(2001), List.of()))))
                .isEqualTo("you-said.error.heard-too-long");
        assertThat(service.find(service.create(draft("x".repeat(2000), List.of()))).orElseThrow().heard()).hasSize(2000);
        assertThat(Refusal.of(() -> service.create(draft("Bell \u0007 inside", List.of()))))
                .isEqualTo("you-said.error.heard-unusual");
        assertThat(Refusal.of(() -> service.create(new Draft("Heard", "Did", LocalDate.ofInstant(clock.instant(), java.time.ZoneId.of("Europe/London")).plusDays(3), null, null,
                List.of())))).isEqualTo("you-said.error.done-on-future");
        assertThat(Refusal.of(() -> service.create(new Draft("Heard", "Did", null, null, null, List.of()))))
                .isEqualTo("you-said.error.done-on-missing");
        assertThat(Refusal.of(() -> service.create(new Draft("Heard", "Did", LocalDate.of(2025, 1, 1), null, null,
                List.of(Long.MAX_VALUE))))).isEqualTo("you-said.error.item-gone");
        String multiLine = "Line one\nLine two\r\n\tindented <b>as typed</b>";
        assertThat(service.find(service.create(draft(multiLine, List.of()))).orElseThrow().heard()).isEqualTo(multiLine);
    }

    @Test
    void aThemesWordsAreOfferedRedactedAndOnlyWhenFiveOrMorePeopleSaidThem() {
        long theme = fixtures.theme("Visits test " + UUID.randomUUID(), YouSaidFixtures.word());
        try {
            String keyword = jdbc.sql("select keywords from theme where id = :id").param("id", theme)
                    .query(String.class).single();
            LocalDate from = day.withDayOfMonth(1);
            LocalDate to = day.withDayOfMonth(28);
            for (int i = 0; i < 4; i++) {
                fixtures.say(day, "test:" + UUID.randomUUID().toString().substring(0, 12), "Leanne Harper said " + keyword + " again", null, false);
            }
            signIn.as(SignIn.MANAGER_NORTH);
            assertThat(service.mayListVoices(theme, from, to)).as("4 people").isFalse();
            assertThat(service.voices(theme, from, to, 0, 50)).isEmpty();
            assertThat(service.countVoices(theme, from, to)).isZero();

            fixtures.say(day, "test:" + UUID.randomUUID().toString().substring(0, 12), "Leanne Harper " + keyword + " once more", null, false);
            assertThat(service.mayListVoices(theme, from, to)).as("5 people").isTrue();
            var voices = service.voices(theme, from, to, 0, 50);
            assertThat(voices).hasSize(5);
            assertThat(service.countVoices(theme, from, to)).isEqualTo(5);
            assertThat(voices).allSatisfy(v -> assertThat(v.redactedText()).doesNotContain("Leanne")
                    .contains(keyword));
            assertThat(service.voices(theme, from, to, 2, 2)).hasSize(2);
        } finally {
            fixtures.retire(theme);
        }
    }
}

package org.familyvoice.meetings;

import org.familyvoice.IntegrationTest;
import org.familyvoice.Refusal;
import org.familyvoice.SignIn;
import org.familyvoice.base.audit.AuditAction;
import org.familyvoice.feedback.SafeguardingAlert;
import org.familyvoice.feedback.SafeguardingService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import java.time.Duration;
import java.util.List;

import static org.familyvoice.meetings.MeetingFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the Harpers want to talk about at their meeting: Kai (young person) adds three items, one only for his social
 * worker; Leanne (parent) adds one. Who sees what, who may change what, until when; screening; bad input.
 */
@IntegrationTest
class ContributionServiceTest {

    @Autowired ContributionService contributions;
    @Autowired MeetingService meetings;
    @Autowired SafeguardingService safeguarding;
    @Autowired SignIn signIn;
    @Autowired JdbcClient jdbc;
    @Autowired MeetingFixtures fixtures;

    @AfterEach
    void out() {
        SignIn.out();
    }


    private int rows(MeetingId meeting) {
        return jdbc.sql("select count(*) from meeting_contribution where meeting_id = :m").param("m", meeting.value())
                .query(Integer.class).single();
    }

    private long version(ContributionId id) {
        return jdbc.sql("select version from meeting_contribution where id = :id").param("id", id.value())
                .query(Long.class).single();
    }

    @Test
    void aYoungPersonsPrivateItemIsNeverShownToTheParentButTheWorkerSeesEverything() {
        MeetingId meeting = fixtures.harperMeeting(Duration.ofDays(10));
        String goingWell = unique("I like my new school");
        String privateWorry = unique("I don't want to go to Dad's at weekends");
        String wish = unique("I'd like to see Nan more");
        String mumsItem = unique("Kai's attendance has got better");

        signIn.as(SignIn.YOUNG_HARPER);
        ContributionId kai1 = contributions.add(meeting, ContributionKind.GOING_WELL, goingWell, HeardBy.SELF,
                Visibility.EVERYONE);
        ContributionId kaiPrivate = contributions.add(meeting, ContributionKind.WORRIED_ABOUT, privateWorry,
                HeardBy.WORKER, Visibility.WORKER_ONLY);
        ContributionId kai3 = contributions.add(meeting, ContributionKind.LIKE_TO_HAPPEN, wish, HeardBy.ADVOCATE,
                Visibility.EVERYONE);
        assertThat(contributions.mine(meeting)).extracting(Contribution::id).containsExactly(kai1, kaiPrivate, kai3);
        assertThat(contributions.visibleToFamily(meeting)).extracting(Contribution::id)
                .containsExactly(kai1, kaiPrivate, kai3);

        signIn.as(SignIn.PARENT_HARPER);
        ContributionId mum = contributions.add(meeting, ContributionKind.GOING_WELL, mumsItem, null, null);
        List<Contribution> parentSees = contributions.visibleToFamily(meeting);
        assertThat(parentSees).extracting(Contribution::id).containsExactly(kai1, kai3, mum)
                .doesNotContain(kaiPrivate);
        assertThat(parentSees).extracting(Contribution::text).doesNotContain(privateWorry)
                .allSatisfy(t -> assertThat(t).doesNotContain("Dad's at weekends"));
        assertThat(parentSees).noneMatch(Contribution::workerOnly);
        assertThat(contributions.mine(meeting)).singleElement().satisfies(c -> {
            assertThat(c.heardBy()).isEqualTo(HeardBy.SELF);
            assertThat(c.visibleTo()).isEqualTo(Visibility.EVERYONE);
            assertThat(c.mine()).isTrue();
        });
        assertThat(parentSees).filteredOn(c -> c.id().equals(kai1)).singleElement()
                .satisfies(c -> assertThat(c.mine()).isFalse());

        for (String staff : List.of(SignIn.PRACTITIONER_NORTH, SignIn.PRACTITIONER_NORTH_2, SignIn.MANAGER_NORTH)) {
            signIn.as(staff);
            List<Contribution> all = contributions.forMeeting(meeting);
            assertThat(all).as(staff).extracting(Contribution::id).containsExactly(kai1, kaiPrivate, kai3, mum);
            Contribution priv = all.get(1);
            assertThat(priv.text()).isEqualTo(privateWorry);
            assertThat(priv.workerOnly()).isTrue();
            assertThat(priv.authorName()).isEqualTo("Kai Harper");
            assertThat(priv.authorYoungPerson()).isTrue();
            assertThat(priv.heardBy()).isEqualTo(HeardBy.WORKER);
            assertThat(all.get(3).authorName()).isEqualTo("Leanne Harper");
        }

        // the worker was told of each new item, in the app, with a link to the meeting
        assertThat(jdbc.sql("""
                        select count(*) from notification n join app_user u on u.id = n.user_id
                        where u.username = :u and n.link = :link and n.message_key = 'notification.contribution-added'""")
                .param("u", SignIn.PRACTITIONER_NORTH).param("link", "meetings/" + meeting).query(Integer.class)
                .single()).isEqualTo(4);
        assertThat(jdbc.sql("select action from audit_event where target = :t").param("t", "contribution:" + kaiPrivate)
                .query(String.class).list()).containsExactly(AuditAction.CONTRIBUTION_ADDED.name());
    }

    @Test
    void outsidersTheTeamsOtherFamiliesAndUninvitedMembersAreRefused() {
        MeetingId meeting = fixtures.harperMeeting(Duration.ofDays(10), "Kai Harper");
        signIn.as(SignIn.YOUNG_HARPER);
        String text = unique("football on Saturdays");
        ContributionId kai = contributions.add(meeting, ContributionKind.GOING_WELL, text, null, null);

        // Leanne is in the family but not invited to this meeting
        for (String refused : List.of(SignIn.PARENT_HARPER, SignIn.PARENT_ADEYEMI, SignIn.PARENT_NOVAK)) {
            signIn.as(refused);
            assertThatThrownBy(() -> contributions.add(meeting, ContributionKind.QUESTION, "q", null, null)).as(refused)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> contributions.visibleToFamily(meeting)).as(refused)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> contributions.mine(meeting)).as(refused).isInstanceOf(AccessDeniedException.class);
        }
        for (String refused : List.of(SignIn.PRACTITIONER_SOUTH, SignIn.MANAGER_SOUTH, SignIn.ADMIN,
                SignIn.PARENT_HARPER, SignIn.YOUNG_HARPER)) {
            signIn.as(refused);
            assertThatThrownBy(() -> contributions.forMeeting(meeting)).as(refused)
                    .isInstanceOf(AccessDeniedException.class);
        }
        for (String staff : List.of(SignIn.PRACTITIONER_NORTH, SignIn.MANAGER_NORTH, SignIn.PRACTITIONER_SOUTH)) {
            signIn.as(staff);
            assertThatThrownBy(() -> contributions.add(meeting, ContributionKind.QUESTION, "q", null, null)).as(staff)
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(rows(meeting)).isEqualTo(1);
        signIn.as(SignIn.PRACTITIONER_NORTH);
        assertThat(contributions.forMeeting(meeting)).extracting(Contribution::text).containsExactly(text);
        assertThat(kai).isNotNull();
    }

    @Test
    void onlyTheAuthorChangesOrWithdrawsAndAStaleVersionIsRefused() {
        MeetingId meeting = fixtures.harperMeeting(Duration.ofDays(10));
        signIn.as(SignIn.YOUNG_HARPER);
        ContributionId kai = contributions.add(meeting, ContributionKind.QUESTION, unique("When can I go home?"),
                HeardBy.SELF, Visibility.EVERYONE);
        long v0 = version(kai);

        for (String refused : List.of(SignIn.PARENT_HARPER, SignIn.PRACTITIONER_NORTH, SignIn.MANAGER_NORTH,
                SignIn.PARENT_ADEYEMI, SignIn.ADMIN)) {
            signIn.as(refused);
            assertThatThrownBy(() -> contributions.edit(kai, v0, ContributionKind.QUESTION, "changed", null, null))
                    .as(refused).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> contributions.withdraw(kai, v0)).as(refused)
                    .isInstanceOf(AccessDeniedException.class);
        }

        signIn.as(SignIn.YOUNG_HARPER);
        String changed = unique("When can I see my brother?");
        Contribution edited = contributions.edit(kai, v0, ContributionKind.QUESTION, changed, HeardBy.WORKER,
                Visibility.WORKER_ONLY);
        assertThat(edited.text()).isEqualTo(changed);
        assertThat(edited.workerOnly()).isTrue();
        assertThat(edited.version()).isGreaterThan(v0);
        // a second tab still showing the first version
        assertThat(Refusal.of(() -> contributions.edit(kai, v0, ContributionKind.QUESTION, "older tab", null, null)))
                .isEqualTo("contributions.error.changed");
        assertThat(Refusal.of(() -> contributions.withdraw(kai, v0))).isEqualTo("contributions.error.changed");
        assertThat(contributions.mine(meeting)).singleElement().satisfies(c -> assertThat(c.text()).isEqualTo(changed));

        // now private: the parent no longer sees it
        signIn.as(SignIn.PARENT_HARPER);
        assertThat(contributions.visibleToFamily(meeting)).extracting(Contribution::id).doesNotContain(kai);

        signIn.as(SignIn.YOUNG_HARPER);
        contributions.withdraw(kai, edited.version());
        assertThat(contributions.mine(meeting)).isEmpty();
        assertThat(Refusal.of(() -> contributions.withdraw(kai, version(kai)))).isEqualTo("contributions.error.withdrawn");
        signIn.as(SignIn.PRACTITIONER_NORTH);
        assertThat(contributions.forMeeting(meeting)).extracting(Contribution::id).doesNotContain(kai);
        assertThat(jdbc.sql("select action from audit_event where target = :t and action like 'CONTRIBUTION%' order by id").param("t", "contribution:" + kai)
                .query(String.class).list()).containsExactly(AuditAction.CONTRIBUTION_ADDED.name(),
                AuditAction.CONTRIBUTION_EDITED.name(), AuditAction.CONTRIBUTION_WITHDRAWN.name());
    }

    @Test
    void onceTheAgendaIsPublishedNothingCanBeAddedChangedOrWithdrawn() {
        MeetingId meeting = fixtures.harperMeeting(Duration.ofDays(10));
        signIn.as(SignIn.YOUNG_HARPER);
        ContributionId kai = contributions.add(meeting, ContributionKind.WHO_THERE, unique("Nan"), null, null);
        assertThat(contributions.openForMe(meeting)).isTrue();
        jdbc.sql("update meeting set agenda_published_at = current_timestamp where id = :id")
                .param("id", meeting.value()).update();

        long v = version(kai);
        assertThat(contributions.openForMe(meeting)).isFalse();
        assertThat(Refusal.of(() -> contributions.add(meeting, ContributionKind.QUESTION, "late", null, null)))
                .isEqualTo("contributions.error.published");
        assertThat(Refusal.of(() -> contributions.edit(kai, v, ContributionKind.WHO_THERE, "Nan and Grandad", null,
                null))).isEqualTo("contributions.error.published");
        assertThat(Refusal.of(() -> contributions.withdraw(kai, v))).isEqualTo("contributions.error.published");
        assertThat(rows(meeting)).isEqualTo(1);
        assertThat(contributions.mine(meeting)).singleElement().satisfies(c -> assertThat(c.text()).startsWith("Nan #"));
    }

    @Test
    void theWindowClosesTheConfiguredDaysBeforeTheMeetingAndACancelledMeetingTakesNoItems() {
        // 2 days before by default: a meeting in 1 day is closed already
        MeetingId soon = fixtures.harperMeeting(Duration.ofDays(1));
        signIn.as(SignIn.YOUNG_HARPER);
        assertThat(Refusal.of(() -> contributions.add(soon, ContributionKind.QUESTION, "q", null, null)))
                .isEqualTo("contributions.error.closed");

        MeetingId later = fixtures.harperMeeting(Duration.ofDays(10));
        signIn.as(SignIn.PRACTITIONER_NORTH);
        meetings.cancel(later, meetings.getMeeting(later).version(), "Worker off sick");
        signIn.as(SignIn.YOUNG_HARPER);
        assertThat(Refusal.of(() -> contributions.add(later, ContributionKind.QUESTION, "q", null, null)))
                .isEqualTo("contributions.error.cancelled");
        assertThat(rows(soon) + rows(later)).isZero();
    }

    @Test
    void aDisclosureInAnItemRaisesAnAlertInTheNorthDutyQueue() {
        MeetingId meeting = fixtures.harperMeeting(Duration.ofDays(10));
        String disclosure = unique("my dad hits me when he is angry");
        signIn.as(SignIn.YOUNG_HARPER);
        ContributionId id = contributions.add(meeting, ContributionKind.WORRIED_ABOUT, disclosure, HeardBy.WORKER,
                Visibility.WORKER_ONLY);
        assertThat(jdbc.sql("select flagged from meeting_contribution where id = :id").param("id", id.value())
                .query(Boolean.class).single()).isTrue();

        signIn.as(SignIn.MANAGER_NORTH);
        List<SafeguardingAlert> queue = safeguarding.queue(false, 0, 500);
        assertThat(queue).filteredOn(a -> a.text().equals(disclosure)).singleElement().satisfies(a -> {
            assertThat(a.source()).isEqualTo("agenda-item");
            assertThat(a.familyName()).isEqualTo("The Harper family");
            assertThat(a.author()).isEqualTo("Kai Harper (young person)");
        });
        assertThat(contributions.forMeeting(meeting)).singleElement().satisfies(c -> assertThat(c.flagged()).isTrue());
        signIn.as(SignIn.MANAGER_SOUTH);
        assertThat(safeguarding.queue(false, 0, 500)).noneMatch(a -> a.text().equals(disclosure));

        // a change that adds a disclosure is screened too
        signIn.as(SignIn.PARENT_HARPER);
        ContributionId mum = contributions.add(meeting, ContributionKind.GOING_WELL, unique("All fine"), null, null);
        String changed = unique("he hit me last night");
        contributions.edit(mum, version(mum), ContributionKind.WORRIED_ABOUT, changed, null, Visibility.WORKER_ONLY);
        signIn.as(SignIn.MANAGER_NORTH);
        assertThat(safeguarding.queue(false, 0, 500)).anyMatch(a -> a.text().equals(changed));
    }

    @Test
    void blankTooLongAndHiddenCharactersAreRefusedAndNothingIsSaved() {
        MeetingId meeting = fixtures.harperMeeting(Duration.ofDays(10));
        signIn.as(SignIn.YOUNG_HARPER);
        assertThat(Refusal.of(() -> contributions.add(meeting, ContributionKind.QUESTION, "   \n ", null, null)))
                .isEqualTo("contributions.error.empty");
        assertThat(Refusal.of(() -> contributions.add(meeting, ContributionKind.QUESTION, null, null, null)))
                .isEqualTo("contributions.error.empty");
        assertThat(Refusal.of(() -> contributions.add(meeting, ContributionKind.QUESTION, "x".repeat(2001), null,
                null))).isEqualTo("contributions.error.too-long");
        assertThat(Refusal.of(() -> contributions.add(meeting, ContributionKind.QUESTION, "a\u0000b", null, null)))
                .isEqualTo("meetings.error.hidden-characters");
        assertThat(Refusal.of(() -> contributions.add(meeting, ContributionKind.QUESTION, "esc\u001b[31m", null,
                null))).isEqualTo("meetings.error.hidden-characters");
        assertThat(Refusal.of(() -> contributions.add(meeting, null, "no kind", null, null)))
                .isEqualTo("contributions.error.kind");
        signIn.as(SignIn.PARENT_HARPER);
        assertThat(Refusal.of(() -> contributions.add(meeting, ContributionKind.QUESTION, "ok", HeardBy.ADVOCATE,
                null))).isEqualTo("contributions.error.heard-by");
        assertThat(rows(meeting)).isZero();

        // exactly 2000 characters is fine; unusual text is stored exactly as typed
        signIn.as(SignIn.YOUNG_HARPER);
        contributions.add(meeting, ContributionKind.GOING_WELL, "y".repeat(2000), null, null);
        String unusual = "  <script>alert('x')</script> 'quotes' \"double\" ; drop table meeting; --\n"
                + "Zoë 👩‍👧 مرحبا {0} ${x} %s \\ \t tab  ";
        ContributionId id = contributions.add(meeting, ContributionKind.QUESTION, unusual, null, null);
        assertThat(jdbc.sql("select text from meeting_contribution where id = :id").param("id", id.value())
                .query(String.class).single()).isEqualTo(unusual);
        assertThat(contributions.mine(meeting)).extracting(Contribution::text).contains(unusual);
        assertThat(rows(meeting)).isEqualTo(2);
    }
}

package org.familyvoice.meetings;

import org.familyvoice.IntegrationTest;
import org.familyvoice.SignIn;
import org.familyvoice.TestClock;
import org.familyvoice.accounts.AccountService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reminders to the Harpers before their meeting: once each, only to invited members with an account who have not
 * added anything, only while the family can still add items and the meeting is near; never twice, not even when two
 * nodes look at the same moment. The job is called directly; the test clock decides what "now" is.
 */
@IntegrationTest
class MeetingRemindersTest {

    static final String REMINDER = "notification.meeting-reminder";

    @Autowired MeetingReminders reminders;
    @Autowired MeetingService meetings;
    @Autowired ContributionService contributions;
    @Autowired AccountService accounts;
    @Autowired SignIn signIn;
    @Autowired JdbcClient jdbc;
    @Autowired MeetingFixtures fixtures;
    @Autowired TestClock clock;

    @AfterEach
    void out() {
        SignIn.out();
    }

    /** Who (usernames) has been reminded about this meeting, one entry per notification. */
    private List<String> reminded(MeetingId meeting) {
        return jdbc.sql("""
                        select u.username from notification n join app_user u on u.id = n.user_id
                        where n.message_key = :key and n.link = :link order by u.username""")
                .param("key", REMINDER).param("link", "meetings/" + meeting).query(String.class).list();
    }

    private int recorded(MeetingId meeting) {
        return jdbc.sql("select count(*) from meeting_reminder where meeting_id = :m").param("m", meeting.value())
                .query(Integer.class).single();
    }

    @Test
    void everyInvitedMemberWithAnAccountIsRemindedOnceAndARerunSendsNothingNew() {
        // 60 hours ahead: within the 3 days, and the items close 2 days before, so 12 hours are left
        MeetingId meeting = fixtures.harperMeeting(Duration.ofHours(60), "Leanne Harper", "Kai Harper");
        // Tom Harper has no account (the service invites only members with one; say he lost his): nobody to tell
        jdbc.sql("""
                        insert into meeting_attendee (meeting_id, family_member_id)
                        select :m, id from family_member where name = 'Tom Harper'""")
                .param("m", meeting.value()).update();
        signIn.as(SignIn.PARENT_HARPER);
        accounts.changeOwnEmail("leanne.harper@example.org");
        SignIn.out();

        reminders.sendDue();
        assertThat(reminded(meeting)).containsExactly(SignIn.PARENT_HARPER, SignIn.YOUNG_HARPER);
        String text = jdbc.sql("select message_arg from notification where message_key = :k and link = :l and "
                        + "user_id = (select id from app_user where username = 'young.harper')")
                .param("k", REMINDER).param("l", "meetings/" + meeting).query(String.class).single();
        var start = clock.instant().plus(Duration.ofHours(60)).atZone(java.time.ZoneId.of("Europe/London"));
        assertThat(text).contains(start.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL,
                java.util.Locale.UK) + " " + start.getDayOfMonth() + " ");
        // Leanne gave an address: the reminder waits in the outbox for her, with the link to the meeting
        assertThat(jdbc.sql("select body from email_outbox where to_address = 'leanne.harper@example.org' "
                        + "order by id desc limit 1").query(String.class).single())
                .contains("is coming up. Tell us what you want to talk about by ")
                .contains("/meetings/" + meeting);

        assertThat(reminders.sendDue()).as("a second look a little later").isZero();
        clock.advance(Duration.ofHours(1));
        reminders.sendDue();
        assertThat(reminded(meeting)).containsExactly(SignIn.PARENT_HARPER, SignIn.YOUNG_HARPER);
        assertThat(recorded(meeting)).isEqualTo(2);
    }

    @Test
    void whoeverHasAddedSomethingIsNotRemindedButAWithdrawnItemDoesNotCount() {
        MeetingId meeting = fixtures.harperMeeting(Duration.ofHours(60), "Leanne Harper", "Kai Harper");
        signIn.as(SignIn.YOUNG_HARPER);
        contributions.add(meeting, ContributionKind.GOING_WELL, "I like my new school", null, null);
        signIn.as(SignIn.PARENT_HARPER);
        ContributionId mine = contributions.add(meeting, ContributionKind.QUESTION, "Who will be there?", null, null);
        long version = jdbc.sql("select version from meeting_contribution where id = :id").param("id", mine.value())
                .query(Long.class).single();
        contributions.withdraw(mine, version);
        SignIn.out();

        reminders.sendDue();
        assertThat(reminded(meeting)).containsExactly(SignIn.PARENT_HARPER);
    }

    @Test
    void aCancelledOrPublishedOrClosedMeetingRemindsNobody() {
        MeetingId cancelled = fixtures.harperMeeting(Duration.ofHours(60), "Leanne Harper", "Kai Harper");
        signIn.as(SignIn.PRACTITIONER_NORTH);
        meetings.cancel(cancelled, meetings.getMeeting(cancelled).version(), "Kai is ill");
        SignIn.out();
        MeetingId published = fixtures.harperMeeting(Duration.ofHours(61), "Leanne Harper", "Kai Harper");
        jdbc.sql("update meeting set agenda_published_at = :at where id = :id")
                .param("at", java.sql.Timestamp.from(clock.instant())).param("id", published.value()).update();
        // 36 hours ahead: the items closed 12 hours ago (2 days before)
        MeetingId closed = fixtures.harperMeeting(Duration.ofHours(36), "Leanne Harper", "Kai Harper");

        reminders.sendDue();
        assertThat(reminded(cancelled)).isEmpty();
        assertThat(reminded(published)).isEmpty();
        assertThat(reminded(closed)).isEmpty();
    }

    @Test
    void aMeetingFurtherAheadIsRemindedOnlyOnceItIsWithinTheDays() {
        MeetingId meeting = fixtures.harperMeeting(Duration.ofHours(4 * 24), "Kai Harper");
        reminders.sendDue();
        assertThat(reminded(meeting)).as("four days ahead").isEmpty();
        clock.advance(Duration.ofHours(25)); // now 71 hours ahead
        reminders.sendDue();
        assertThat(reminded(meeting)).containsExactly(SignIn.YOUNG_HARPER);
    }

    @Test
    void onlyInvitedMembersAndNeverAnotherFamilysMember() {
        MeetingId meeting = fixtures.harperMeeting(Duration.ofHours(60), "Kai Harper");
        // a Novak mother on a Harper meeting: the service refuses this, so write it past the service, as bad data
        jdbc.sql("""
                        insert into meeting_attendee (meeting_id, family_member_id)
                        select :m, family_member_id from app_user where username = :u""")
                .param("m", meeting.value()).param("u", SignIn.PARENT_NOVAK).update();

        reminders.sendDue();
        // Leanne is in the family but not invited
        assertThat(reminded(meeting)).containsExactly(SignIn.YOUNG_HARPER);
    }

    @Test
    void twoNodesLookingAtTheSameMomentStillRemindEachPersonOnce() throws Exception {
        List<MeetingId> due = List.of(fixtures.harperMeeting(Duration.ofHours(60), "Leanne Harper", "Kai Harper"),
                fixtures.harperMeeting(Duration.ofHours(62), "Leanne Harper", "Kai Harper"),
                fixtures.harperMeeting(Duration.ofHours(64), "Kai Harper"));
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            var start = new CountDownLatch(1);
            List<Future<Integer>> looks = new ArrayList<>();
            for (int node = 0; node < 2; node++) {
                looks.add(nodes.submit(() -> {
                    start.await();
                    return reminders.sendDue();
                }));
            }
            start.countDown();
            for (Future<Integer> look : looks) {
                look.get();
            }
        } finally {
            nodes.shutdownNow();
        }
        assertThat(reminded(due.get(0))).containsExactly(SignIn.PARENT_HARPER, SignIn.YOUNG_HARPER);
        assertThat(reminded(due.get(1))).containsExactly(SignIn.PARENT_HARPER, SignIn.YOUNG_HARPER);
        assertThat(reminded(due.get(2))).containsExactly(SignIn.YOUNG_HARPER);
        assertThat(due).allSatisfy(m -> assertThat(recorded(m)).isEqualTo(reminded(m).size()));
    }
}

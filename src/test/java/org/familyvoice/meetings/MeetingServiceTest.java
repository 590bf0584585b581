package org.familyvoice.meetings;

import org.familyvoice.IntegrationTest;
import org.familyvoice.Refusal;
import org.familyvoice.SignIn;
import org.familyvoice.TestClock;
import org.familyvoice.base.FamilyId;
import org.familyvoice.base.UserFacingException;
import org.familyvoice.base.audit.AuditAction;
import org.familyvoice.base.audit.AuditLog;
import org.familyvoice.families.MemberId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Meetings with two families in the North team (Harper: Priya's; Novak: Sam's) and one in the South (Adeyemi):
 * who can schedule, move, cancel and see what; what families are told; bad input; two people changing one meeting.
 */
@IntegrationTest
class MeetingServiceTest {

    @Autowired MeetingService meetings;
    @Autowired SignIn signIn;
    @Autowired JdbcClient jdbc;
    @Autowired MeetingFixtures fixtures;
    @Autowired AuditLog audit;
    @Autowired TestClock clock;

    @AfterEach
    void out() {
        SignIn.out();
    }

    private Instant inDays(int days) {
        return fixtures.ahead(Duration.ofDays(days));
    }

    private MeetingPlan plan(Instant at, List<MemberId> invited) {
        return new MeetingPlan(MeetingType.CHILD_IN_NEED, at, 60, "Northgate Family Centre", null, invited,
                List.of(new OtherAttendee("Ms Patel", "Class teacher")));
    }

    private int notifications(String username, long meetingId) {
        return jdbc.sql("""
                        select count(*) from notification n join app_user u on u.id = n.user_id
                        where u.username = :u and n.link = :link""")
                .param("u", username).param("link", "meetings/" + meetingId).query(Integer.class).single();
    }

    private boolean listed(List<Meeting> list, MeetingId id) {
        return list.stream().anyMatch(m -> m.id().equals(id));
    }

    @Test
    void theWorkerSchedulesTheTeamSeesItAndOnlyTheInvitedFamilyMembersSeeIt() {
        FamilyId harper = fixtures.family("FV-1001");
        signIn.as(SignIn.PRACTITIONER_NORTH);
        MemberId leanne = fixtures.member(harper, "Leanne Harper");
        MeetingId id = meetings.schedule(harper, plan(inDays(10), List.of(leanne)));

        Meeting m = meetings.getMeeting(id);
        assertThat(m.type()).isEqualTo(MeetingType.CHILD_IN_NEED);
        assertThat(m.status()).isEqualTo(MeetingStatus.SCHEDULED);
        assertThat(m.changeable()).isTrue();
        assertThat(m.attendees()).extracting(Attendee::name).containsExactly("Leanne Harper", "Ms Patel");
        assertThat(m.attendees()).extracting(Attendee::role).containsExactly("Mum", "Class teacher");
        assertThat(m.contributionsCloseAt()).isEqualTo(m.startsAt().minus(Duration.ofDays(2)));
        // scheduling is a change; opening it afterwards is a staff read of the family's meeting
        assertThat(jdbc.sql("select action from audit_event where target = :t order by id").param("t", "meeting:" + id)
                .query(String.class).list()).containsExactly(AuditAction.MEETING_SCHEDULED.name(),
                AuditAction.MEETING_VIEWED.name());

        for (String reader : List.of(SignIn.MANAGER_NORTH, SignIn.PRACTITIONER_NORTH_2)) {
            signIn.as(reader);
            assertThat(listed(meetings.meetingsOf(harper, 0, 500), id)).as(reader).isTrue();
            assertThat(meetings.getMeeting(id).changeable()).as(reader)
                    .isEqualTo(reader.equals(SignIn.MANAGER_NORTH));
        }
        signIn.as(SignIn.PARENT_HARPER);
        assertThat(listed(meetings.myMeetings(), id)).isTrue();
        assertThat(meetings.getMeeting(id).changeable()).isFalse();

        // Kai is in the family but not invited to this one; Novak and Adeyemi are other families
        signIn.as(SignIn.YOUNG_HARPER);
        assertThat(listed(meetings.myMeetings(), id)).isFalse();
        assertThatThrownBy(() -> meetings.getMeeting(id)).isInstanceOf(AccessDeniedException.class);
        for (String outsider : List.of(SignIn.PARENT_NOVAK, SignIn.PARENT_ADEYEMI, SignIn.PRACTITIONER_SOUTH,
                SignIn.MANAGER_SOUTH, SignIn.ADMIN)) {
            signIn.as(outsider);
            assertThatThrownBy(() -> meetings.getMeeting(id)).as(outsider).isInstanceOf(AccessDeniedException.class);
        }
        for (String outsider : List.of(SignIn.PARENT_NOVAK, SignIn.PARENT_ADEYEMI)) {
            signIn.as(outsider);
            assertThat(listed(meetings.myMeetings(), id)).as(outsider).isFalse();
        }
        for (String outsider : List.of(SignIn.PRACTITIONER_SOUTH, SignIn.MANAGER_SOUTH, SignIn.ADMIN,
                SignIn.PARENT_HARPER)) {
            signIn.as(outsider);
            assertThatThrownBy(() -> meetings.meetingsOf(harper, 0, 10)).as(outsider)
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void onlyTheAllocatedWorkerAndTheManagerMoveOrCancel() {
        FamilyId harper = fixtures.family("FV-1001");
        signIn.as(SignIn.PRACTITIONER_NORTH);
        MeetingId id = meetings.schedule(harper, plan(inDays(12), List.of(fixtures.member(harper, "Kai Harper"))));
        long version = meetings.getMeeting(id).version();

        for (String refused : List.of(SignIn.PRACTITIONER_NORTH_2, SignIn.PRACTITIONER_SOUTH, SignIn.MANAGER_SOUTH,
                SignIn.ADMIN, SignIn.PARENT_HARPER, SignIn.YOUNG_HARPER, SignIn.PARENT_ADEYEMI)) {
            signIn.as(refused);
            assertThatThrownBy(() -> meetings.move(id, version, inDays(13), 60, "Town Hall", null)).as(refused)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> meetings.cancel(id, version, "ill")).as(refused)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> meetings.schedule(harper, plan(inDays(3), List.of()))).as(refused)
                    .isInstanceOf(AccessDeniedException.class);
        }

        signIn.as(SignIn.MANAGER_NORTH);
        Meeting moved = meetings.move(id, version, inDays(14), 90, null, "https://meet.example.org/cin-harper");
        assertThat(moved.startsAt()).isEqualTo(inDays(14));
        assertThat(moved.place()).isNull();
        assertThat(moved.onlineLink()).isEqualTo("https://meet.example.org/cin-harper");
        assertThat(moved.endsAt()).isEqualTo(inDays(14).plus(Duration.ofMinutes(90)));

        signIn.as(SignIn.PRACTITIONER_NORTH);
        Meeting cancelled = meetings.cancel(id, moved.version(), "Kai is on a school trip");
        assertThat(cancelled.cancelled()).isTrue();
        assertThat(cancelled.cancelledReason()).isEqualTo("Kai is on a school trip");
        assertThat(cancelled.changeable()).isFalse();
        assertThat(Refusal.of(() -> meetings.move(id, cancelled.version(), inDays(15), 60, "Town Hall", null)))
                .isEqualTo("meetings.error.already-cancelled");

        // the family sees the change: still listed, as cancelled
        signIn.as(SignIn.YOUNG_HARPER);
        Meeting seen = meetings.myMeetings().stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
        assertThat(seen.cancelled()).isTrue();
        assertThat(seen.startsAt()).isEqualTo(inDays(14));
        signIn.as(SignIn.ADMIN);
        assertThat(audit.newest(0, 50)).filteredOn(e -> ("meeting:" + id).equals(e.target()))
                .extracting(e -> e.action())
                .contains(AuditAction.MEETING_SCHEDULED, AuditAction.MEETING_MOVED, AuditAction.MEETING_CANCELLED);
    }

    @Test
    void anotherFamilysMeetingOrAMadeUpIdLooksNotFound() {
        FamilyId adeyemi = fixtures.family("FV-2001");
        signIn.as(SignIn.PRACTITIONER_SOUTH);
        MeetingId south = meetings.schedule(adeyemi, plan(inDays(5), List.of(fixtures.member(adeyemi, "Grace Adeyemi"))));
        long version = meetings.getMeeting(south).version();

        signIn.as(SignIn.PRACTITIONER_NORTH);
        assertThatThrownBy(() -> meetings.getMeeting(south)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> meetings.move(south, version, inDays(6), 60, "x", null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> meetings.cancel(south, version, "x")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> meetings.getMeeting(new MeetingId(987_654_321)))
                .isInstanceOf(AccessDeniedException.class);
        signIn.as(SignIn.PARENT_HARPER);
        assertThatThrownBy(() -> meetings.getMeeting(south)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> meetings.getMeeting(new MeetingId(987_654_321)))
                .isInstanceOf(AccessDeniedException.class);
        signIn.as(SignIn.PARENT_ADEYEMI);
        assertThat(meetings.getMeeting(south).familyName()).isEqualTo("The Adeyemi family");
    }

    @Test
    void invitedFamilyMembersWithAccountsAreToldOfEveryChangeAndNobodyElse() {
        FamilyId harper = fixtures.family("FV-1001");
        signIn.as(SignIn.PRACTITIONER_NORTH);
        MeetingId id = meetings.schedule(harper, plan(inDays(20), List.of(fixtures.member(harper, "Kai Harper"))));
        assertThat(notifications(SignIn.YOUNG_HARPER, id.value())).isEqualTo(1);
        assertThat(notifications(SignIn.PARENT_HARPER, id.value())).isZero();
        assertThat(notifications(SignIn.PRACTITIONER_NORTH, id.value())).isZero();
        assertThat(notifications(SignIn.PARENT_NOVAK, id.value())).isZero();

        Meeting moved = meetings.move(id, meetings.getMeeting(id).version(), inDays(21), 60, "Town Hall", null);
        meetings.cancel(id, moved.version(), "Room not available");
        assertThat(notifications(SignIn.YOUNG_HARPER, id.value())).isEqualTo(3);
        assertThat(notifications(SignIn.PARENT_HARPER, id.value())).isZero();
        List<String> keys = jdbc.sql("""
                        select n.message_key from notification n join app_user u on u.id = n.user_id
                        where u.username = :u and n.link = :link order by n.id""")
                .param("u", SignIn.YOUNG_HARPER).param("link", "meetings/" + id).query(String.class).list();
        assertThat(keys).containsExactly("notification.meeting-scheduled", "notification.meeting-moved",
                "notification.meeting-cancelled");
        String arg = jdbc.sql("select message_arg from notification where link = :link order by id desc limit 1")
                .param("link", "meetings/" + id).query(String.class).single();
        String expected = java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm", java.util.Locale.UK)
                .format(inDays(21).atZone(ZoneId.of("Europe/London")));
        assertThat(arg).isEqualTo(expected);
    }

    @Test
    void twoPeopleChangingOneMeetingNeverOverwriteEachOther() {
        FamilyId harper = fixtures.family("FV-1001");
        signIn.as(SignIn.PRACTITIONER_NORTH);
        MeetingId id = meetings.schedule(harper, plan(inDays(8), List.of(fixtures.member(harper, "Leanne Harper"))));
        Meeting priyasCopy = meetings.getMeeting(id);
        signIn.as(SignIn.MANAGER_NORTH);
        Meeting managersCopy = meetings.getMeeting(id);

        Meeting first = meetings.move(id, managersCopy.version(), inDays(9), 60, "Room A", null);
        signIn.as(SignIn.PRACTITIONER_NORTH);
        assertThatThrownBy(() -> meetings.move(id, priyasCopy.version(), inDays(11), 60, "Room B", null))
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("meetings.error.changed");
        assertThat(Refusal.of(() -> meetings.cancel(id, priyasCopy.version(), "clash")))
                .isEqualTo("meetings.error.changed");

        Meeting fresh = meetings.getMeeting(id);
        assertThat(fresh.startsAt()).isEqualTo(inDays(9));
        assertThat(fresh.place()).isEqualTo("Room A");
        assertThat(fresh.version()).isEqualTo(first.version()).isGreaterThan(priyasCopy.version());
        assertThat(fresh.cancelled()).isFalse();
        // with the fresh copy the change goes through
        assertThat(meetings.move(id, fresh.version(), inDays(11), 60, "Room B", null).place()).isEqualTo("Room B");
    }

    @Test
    void badInputIsRefusedWithAMessageAndNothingIsStored() {
        FamilyId harper = fixtures.family("FV-1001");
        FamilyId novak = fixtures.family("FV-1002");
        signIn.as(SignIn.PRACTITIONER_NORTH);
        MemberId leanne = fixtures.member(harper, "Leanne Harper");
        MemberId tom = fixtures.member(harper, "Tom Harper");           // no account
        MemberId marta = fixtures.member(novak, "Marta Novak");         // another family
        int before = jdbc.sql("select count(*) from meeting").query(Integer.class).single();
        Instant later = inDays(4);
        List<OtherAttendee> none = List.of();

        assertThat(Refusal.of(() -> meetings.schedule(harper, new MeetingPlan(null, later, 60, "Here", null, List.of(), none))))
                .isEqualTo("meetings.error.type");
        assertThat(Refusal.of(() -> meetings.schedule(harper, new MeetingPlan(MeetingType.CIN_REVIEW, null, 60, "Here", null, List.of(), none))))
                .isEqualTo("meetings.error.when");
        assertThat(Refusal.of(() -> meetings.schedule(harper, plan(clock.instant().minus(Duration.ofMinutes(1)), List.of()))))
                .isEqualTo("meetings.error.in-past");
        assertThat(Refusal.of(() -> meetings.schedule(harper, plan(inDays(800), List.of()))))
                .isEqualTo("meetings.error.too-far");
        assertThat(Refusal.of(() -> meetings.schedule(harper, new MeetingPlan(MeetingType.CIN_REVIEW, later, 5, "Here", null, List.of(), none))))
                .isEqualTo("meetings.error.duration");
        assertThat(Refusal.of(() -> meetings.schedule(harper, new MeetingPlan(MeetingType.CIN_REVIEW, later, 60, "  ", "", List.of(), none))))
                .isEqualTo("meetings.error.where");
        assertThat(Refusal.of(() -> meetings.schedule(harper, new MeetingPlan(MeetingType.CIN_REVIEW, later, 60, "x".repeat(201), null, List.of(), none))))
                .isEqualTo("meetings.error.place-too-long");
        assertThat(Refusal.of(() -> meetings.schedule(harper, new MeetingPlan(MeetingType.CIN_REVIEW, later, 60, "Room\u00002", null, List.of(), none))))
                .isEqualTo("meetings.error.hidden-characters");
        for (String link : List.of("http://meet.example.org/x", "javascript:alert(1)", "https://", "https://nohost",
                "https://meet.example.org/a b", "https://user:pw@meet.example.org/x", "https://meet.example.org/\"><script>",
                "https://meet.example.org/" + "x".repeat(500), "meet.example.org/x")) {
            assertThat(Refusal.of(() -> meetings.schedule(harper, new MeetingPlan(MeetingType.CIN_REVIEW, later, 60, null, link, List.of(), none))))
                    .as(link).isEqualTo("meetings.error.link");
        }
        assertThat(Refusal.of(() -> meetings.schedule(harper, plan(later, List.of(tom))))).isEqualTo("meetings.error.member");
        assertThat(Refusal.of(() -> meetings.schedule(harper, plan(later, List.of(leanne, marta))))).isEqualTo("meetings.error.member");
        assertThat(Refusal.of(() -> meetings.schedule(harper, new MeetingPlan(MeetingType.CIN_REVIEW, later, 60, "Here", null, List.of(),
                List.of(new OtherAttendee("", "Advocate")))))).isEqualTo("meetings.error.attendee-name");
        assertThat(Refusal.of(() -> meetings.schedule(harper, new MeetingPlan(MeetingType.CIN_REVIEW, later, 60, "Here", null, List.of(),
                List.of(new OtherAttendee("N".repeat(121), "Advocate")))))).isEqualTo("meetings.error.attendee-name");
        assertThat(Refusal.of(() -> meetings.schedule(harper, new MeetingPlan(MeetingType.CIN_REVIEW, later, 60, "Here", null, List.of(),
                List.of(new OtherAttendee("Jo Bloggs", " ")))))).isEqualTo("meetings.error.attendee-role");
        assertThat(Refusal.of(() -> meetings.schedule(harper, new MeetingPlan(MeetingType.CIN_REVIEW, later, 60, "Here", null, List.of(),
                List.of(new OtherAttendee("Jo\u001b[31m", "Advocate")))))).isEqualTo("meetings.error.hidden-characters");
        assertThat(jdbc.sql("select count(*) from meeting").query(Integer.class).single()).isEqualTo(before);

        // an empty "other person" row is ignored; unusual but valid text is stored exactly
        MeetingId ok = meetings.schedule(harper, new MeetingPlan(MeetingType.LAC_REVIEW, later, 45,
                "Café Ørsted; Room 'B' <b>2</b>", "HTTPS://meet.example.org/x?a=1&b=2", List.of(leanne, leanne),
                List.of(new OtherAttendee(" ", ""), new OtherAttendee("Siobhán O'Neill", "Health visitor"))));
        Meeting m = meetings.getMeeting(ok);
        assertThat(m.place()).isEqualTo("Café Ørsted; Room 'B' <b>2</b>");
        assertThat(m.onlineLink()).isEqualTo("https://meet.example.org/x?a=1&b=2");
        assertThat(m.attendees()).extracting(Attendee::name).containsExactly("Leanne Harper", "Siobhán O'Neill");

        assertThat(Refusal.of(() -> meetings.cancel(ok, m.version(), "  "))).isEqualTo("meetings.error.reason");
        assertThat(Refusal.of(() -> meetings.cancel(ok, m.version(), "r".repeat(501)))).isEqualTo("meetings.error.reason-too-long");
        assertThat(Refusal.of(() -> meetings.move(ok, m.version(), clock.instant().minusSeconds(60), 60, "Here", null)))
                .isEqualTo("meetings.error.in-past");
        // a multi-line reason is fine
        assertThat(meetings.cancel(ok, m.version(), "Worker ill.\nWe will rearrange.").cancelled()).isTrue();
    }

    @Test
    void daysLeftToAddItemsAreCountedInUkCalendarDaysUntilTheyClose() {
        ZoneId london = ZoneId.of("Europe/London");
        Instant start = ZonedDateTime.of(2026, 12, 10, 10, 0, 0, 0, london).toInstant();
        Meeting m = new Meeting(new MeetingId(1), new FamilyId(1), "F", MeetingType.CHILD_IN_NEED, start, 60, "Here",
                null, MeetingStatus.SCHEDULED, null, start.minus(Duration.ofDays(2)), List.of(), false, 0);
        assertThat(m.daysLeftToContribute(ZonedDateTime.of(2026, 12, 1, 23, 0, 0, 0, london).toInstant(), london)).isEqualTo(7);
        assertThat(m.daysLeftToContribute(ZonedDateTime.of(2026, 12, 7, 9, 0, 0, 0, london).toInstant(), london)).isEqualTo(1);
        assertThat(m.daysLeftToContribute(ZonedDateTime.of(2026, 12, 8, 9, 59, 0, 0, london).toInstant(), london)).isZero();
        assertThat(m.daysLeftToContribute(ZonedDateTime.of(2026, 12, 8, 10, 0, 0, 0, london).toInstant(), london)).isNegative();
        assertThat(m.upcoming(start.plus(Duration.ofMinutes(59)))).isTrue();
        assertThat(m.upcoming(start.plus(Duration.ofMinutes(60)))).isFalse();
    }
}

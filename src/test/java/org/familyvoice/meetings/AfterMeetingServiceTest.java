package org.familyvoice.meetings;

import org.familyvoice.IntegrationTest;
import org.familyvoice.Refusal;
import org.familyvoice.SignIn;
import org.familyvoice.TestClock;
import org.familyvoice.base.audit.AuditAction;
import org.familyvoice.feedback.SafeguardingService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.familyvoice.meetings.MeetingFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * After the Harpers' meeting: the worker records outcomes, actions and the next review and shares the plan; Leanne
 * never sees Kai's private worry in it; Kai, Leanne and the worker each answer the check once; the North manager
 * sees their team's figures only, with fewer than 5 people shown as such.
 */
@IntegrationTest
class AfterMeetingServiceTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired AfterMeetingService after;
    @Autowired ContributionService contributions;
    @Autowired MeetingService meetings;
    @Autowired SafeguardingService safeguarding;
    @Autowired SignIn signIn;
    @Autowired JdbcClient jdbc;
    @Autowired MeetingFixtures fixtures;
    @Autowired TestClock clock;

    @AfterEach
    void out() {
        SignIn.out();
    }

    private long user(String username) {
        return jdbc.sql("select id from app_user where username = :u").param("u", username).query(Long.class).single();
    }

    private LocalDate meetingDay(MeetingId meeting) {
        return jdbc.sql("select starts_at from meeting where id = :id").param("id", meeting.value())
                .query(Timestamp.class).single().toInstant().atZone(LONDON).toLocalDate();
    }

    private long agendaVersion(MeetingId meeting) {
        return jdbc.sql("select agenda_version from meeting where id = :id").param("id", meeting.value())
                .query(Long.class).single();
    }

    /** An agenda item as the agenda builder makes it: a family item quoting contributions, or the worker's own. */
    private AgendaItemId item(MeetingId meeting, int order, String kind, String staffText, ContributionId... quoted) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        insert into agenda_item (meeting_id, sort_order, origin, kind, staff_text, created_by, created_at)
                        values (:m, :o, :origin, :kind, :text, :by, current_timestamp)""")
                .param("m", meeting.value()).param("o", order).param("origin", staffText == null ? "FAMILY" : "PRACTITIONER")
                .param("kind", kind).param("text", staffText).param("by", user(SignIn.PRACTITIONER_NORTH))
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        for (ContributionId c : quoted) {
            jdbc.sql("update meeting_contribution set agenda_state = 'ON_AGENDA', agenda_item_id = :i where id = :c")
                    .param("i", id).param("c", c.value()).update();
        }
        return new AgendaItemId(id);
    }

    private int notifications(String username, MeetingId meeting, String key) {
        return jdbc.sql("""
                        select count(*) from notification n join app_user u on u.id = n.user_id
                        where u.username = :u and n.link = :link and n.message_key = :k""")
                .param("u", username).param("link", "meetings/" + meeting).param("k", key).query(Integer.class).single();
    }

    private int checks(MeetingId meeting) {
        return jdbc.sql("select count(*) from meeting_check where meeting_id = :m").param("m", meeting.value())
                .query(Integer.class).single();
    }


    @Test
    void theWorkerRecordsAndSharesThePlanAndLeanneNeverSeesKaisPrivateWorry() {
        MeetingId meeting = fixtures.harperMeeting(Duration.ofDays(10));
        String school = unique("I like my new school");
        String secret = unique("I don't want to go to Dad's at weekends");
        String secret2 = unique("I miss my old friends at weekends");
        String mums = unique("Weekends are hard for everyone");
        signIn.as(SignIn.YOUNG_HARPER);
        ContributionId kaiShared = contributions.add(meeting, ContributionKind.GOING_WELL, school, null, null);
        ContributionId kaiPrivate = contributions.add(meeting, ContributionKind.WORRIED_ABOUT, secret, HeardBy.WORKER,
                Visibility.WORKER_ONLY);
        ContributionId kaiPrivate2 = contributions.add(meeting, ContributionKind.WORRIED_ABOUT, secret2, HeardBy.SELF,
                Visibility.WORKER_ONLY);
        signIn.as(SignIn.PARENT_HARPER);
        ContributionId leanne = contributions.add(meeting, ContributionKind.WORRIED_ABOUT, mums, null, null);
        AgendaItemId schoolItem = item(meeting, 1, "GOING_WELL", null, kaiShared);
        AgendaItemId privateItem = item(meeting, 2, "WORRIED_ABOUT", null, kaiPrivate);
        AgendaItemId merged = item(meeting, 3, "WORRIED_ABOUT", null, kaiPrivate2, leanne);
        AgendaItemId workers = item(meeting, 4, "STAFF", "School transport from January", new ContributionId[0]);
        fixtures.startedAgo(meeting, Duration.ofMinutes(30));

        signIn.as(SignIn.PRACTITIONER_NORTH);
        MeetingOutcomes staffView = after.outcomes(meeting);
        assertThat(staffView.editable()).isTrue();
        assertThat(staffView.items()).extracting(PlanItem::id).containsExactly(schoolItem, privateItem, merged, workers);
        assertThat(staffView.items().get(1).quotes()).extracting(PlanQuote::text).containsExactly(secret);
        assertThat(staffView.items().get(2).quotes()).extracting(PlanQuote::text).containsExactly(secret2, mums);
        assertThat(staffView.items().get(2).quotes().get(0).workerOnly()).isTrue();
        assertThat(staffView.items().get(3).practitionerItem()).isTrue();

        long v = staffView.agendaVersion();
        v = after.recordOutcome(meeting, v, schoolItem, "Kai stays at Northgate School.");
        v = after.recordOutcome(meeting, v, privateItem, "Worker to talk with Kai on his own.");
        v = after.recordOutcome(meeting, v, merged, "Weekend plan to be agreed with both parents.");
        v = after.recordOutcome(meeting, v, workers, "Bus pass applied for.");
        LocalDate day = meetingDay(meeting);
        v = after.addAction(meeting, v, "Apply for Kai's bus pass", "Priya (social worker)", day.plusDays(7));
        v = after.addAction(meeting, v, "Call the school about clubs", "Leanne (mum)", day);
        v = after.setNextReview(meeting, v, day.plusWeeks(6));
        assertThat(agendaVersion(meeting)).isEqualTo(v).isEqualTo(staffView.agendaVersion() + 7);

        // not shared yet: the family sees no plan
        signIn.as(SignIn.PARENT_HARPER);
        assertThat(after.planForFamily(meeting)).isEmpty();

        signIn.as(SignIn.PRACTITIONER_NORTH);
        long shared = after.sharePlan(meeting, v);
        assertThat(notifications(SignIn.PARENT_HARPER, meeting, "notification.plan-shared")).isEqualTo(1);
        assertThat(notifications(SignIn.YOUNG_HARPER, meeting, "notification.plan-shared")).isEqualTo(1);
        after.sharePlan(meeting, shared); // again: nobody is told twice
        assertThat(notifications(SignIn.PARENT_HARPER, meeting, "notification.plan-shared")).isEqualTo(1);

        signIn.as(SignIn.PARENT_HARPER);
        MeetingOutcomes leannes = after.planForFamily(meeting).orElseThrow();
        assertThat(leannes.items()).extracting(PlanItem::id).containsExactly(schoolItem, merged, workers);
        assertThat(leannes.items()).flatExtracting(PlanItem::quotes).extracting(PlanQuote::text)
                .containsExactly(school, mums).allSatisfy(t -> assertThat(t).doesNotContain("Dad's at weekends")
                        .doesNotContain("old friends"));
        assertThat(leannes.items()).extracting(PlanItem::outcome).doesNotContain("Worker to talk with Kai on his own.");
        assertThat(leannes.items()).flatExtracting(PlanItem::quotes).noneMatch(PlanQuote::workerOnly);
        assertThat(leannes.actions()).extracting(PlanAction::who).containsExactly("Priya (social worker)", "Leanne (mum)");
        assertThat(leannes.nextReviewOn()).isEqualTo(day.plusWeeks(6));
        assertThat(leannes.editable()).isFalse();

        signIn.as(SignIn.YOUNG_HARPER);
        MeetingOutcomes kais = after.planForFamily(meeting).orElseThrow();
        assertThat(kais.items()).extracting(PlanItem::id).containsExactly(schoolItem, privateItem, merged, workers);
        assertThat(kais.items().get(2).quotes()).extracting(PlanQuote::mine).containsExactly(true, false);

        assertThat(jdbc.sql("select action from audit_event where target = :t and action like 'MEETING_%' order by id")
                .param("t", "meeting:" + meeting).query(String.class).list())
                .contains(AuditAction.MEETING_REVIEW_SET.name(), AuditAction.MEETING_PLAN_SHARED.name());
    }

    @Test
    void nothingIsRecordedBeforeTheStartOnACancelledMeetingByAnotherTeamOrByTheFamily() {
        MeetingId meeting = fixtures.harperMeeting(Duration.ofDays(10));
        AgendaItemId item = item(meeting, 1, "STAFF", "Transport", new ContributionId[0]);
        signIn.as(SignIn.PRACTITIONER_NORTH);
        long v = agendaVersion(meeting);
        LocalDate day = meetingDay(meeting);
        assertThat(Refusal.of(() -> after.recordOutcome(meeting, v, item, "too early"))).isEqualTo("after.error.not-started");
        assertThat(Refusal.of(() -> after.addAction(meeting, v, "x", "y", day))).isEqualTo("after.error.not-started");
        assertThat(after.outcomes(meeting).editable()).isFalse();

        fixtures.startedAgo(meeting, Duration.ofMinutes(5));
        for (String refused : List.of(SignIn.PRACTITIONER_SOUTH, SignIn.MANAGER_SOUTH, SignIn.PRACTITIONER_NORTH_2,
                SignIn.PARENT_HARPER, SignIn.YOUNG_HARPER, SignIn.ADMIN)) {
            signIn.as(refused);
            assertThatThrownBy(() -> after.recordOutcome(meeting, v, item, "not mine to say")).as(refused)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> after.setNextReview(meeting, v, day.plusDays(30))).as(refused)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> after.sharePlan(meeting, v)).as(refused).isInstanceOf(AccessDeniedException.class);
        }
        for (String refused : List.of(SignIn.PRACTITIONER_SOUTH, SignIn.MANAGER_SOUTH, SignIn.PARENT_HARPER)) {
            signIn.as(refused);
            assertThatThrownBy(() -> after.outcomes(meeting)).as(refused).isInstanceOf(AccessDeniedException.class);
        }
        signIn.as(SignIn.PRACTITIONER_NORTH_2);
        assertThat(after.outcomes(meeting).editable()).as("the team sees, only the family's worker records").isFalse();

        // an item of another meeting cannot be reached through this one
        MeetingId other = fixtures.harperMeeting(Duration.ofDays(10));
        AgendaItemId othersItem = item(other, 1, "STAFF", "Elsewhere", new ContributionId[0]);
        signIn.as(SignIn.MANAGER_NORTH);
        assertThatThrownBy(() -> after.recordOutcome(meeting, v, othersItem, "sneaky"))
                .isInstanceOf(AccessDeniedException.class);
        long v2 = after.recordOutcome(meeting, v, item, "The manager can record too.");
        assertThat(after.outcomes(meeting).items()).singleElement()
                .satisfies(i -> assertThat(i.outcome()).isEqualTo("The manager can record too."));

        signIn.as(SignIn.PRACTITIONER_NORTH);
        meetings.cancel(meeting, meetings.getMeeting(meeting).version(), "Did not go ahead");
        assertThat(Refusal.of(() -> after.recordOutcome(meeting, v2, item, "after cancelling")))
                .isEqualTo("after.error.cancelled");
        assertThat(Refusal.of(() -> after.sharePlan(meeting, v2))).isEqualTo("after.error.cancelled");
        assertThat(after.outcomes(meeting).items().getFirst().outcome()).isEqualTo("The manager can record too.");
    }

    @Test
    void aStaleAgendaVersionIsRefusedAndBadInputSavesNothing() {
        MeetingId meeting = fixtures.harperMeeting(Duration.ofDays(10));
        AgendaItemId item = item(meeting, 1, "STAFF", "Transport", new ContributionId[0]);
        fixtures.startedAgo(meeting, Duration.ofMinutes(70));
        LocalDate day = meetingDay(meeting);
        signIn.as(SignIn.PRACTITIONER_NORTH);
        long seen = after.outcomes(meeting).agendaVersion();
        signIn.as(SignIn.MANAGER_NORTH);
        long now = after.recordOutcome(meeting, seen, item, "The manager's words");
        signIn.as(SignIn.PRACTITIONER_NORTH);
        assertThat(Refusal.of(() -> after.recordOutcome(meeting, seen, item, "The worker's older view")))
                .isEqualTo("agenda.error.changed");
        assertThat(Refusal.of(() -> after.addAction(meeting, seen, "Something", "Priya", day)))
                .isEqualTo("agenda.error.changed");
        assertThat(after.outcomes(meeting).items().getFirst().outcome()).isEqualTo("The manager's words");
        assertThat(after.outcomes(meeting).actions()).isEmpty();
        assertThat(Refusal.of(() -> after.sharePlan(meeting, seen))).isEqualTo("agenda.error.changed");

        assertThat(Refusal.of(() -> after.recordOutcome(meeting, now, item, "x".repeat(2001))))
                .isEqualTo("after.error.outcome-too-long");
        assertThat(Refusal.of(() -> after.recordOutcome(meeting, now, item, "bell\u0007")))
                .isEqualTo("meetings.error.hidden-characters");
        assertThat(Refusal.of(() -> after.addAction(meeting, now, "  ", "Priya", day))).isEqualTo("after.error.action-what");
        assertThat(Refusal.of(() -> after.addAction(meeting, now, "Call", " ", day))).isEqualTo("after.error.action-who");
        assertThat(Refusal.of(() -> after.addAction(meeting, now, "Call", "P".repeat(121), day)))
                .isEqualTo("after.error.action-who");
        assertThat(Refusal.of(() -> after.addAction(meeting, now, "Call", "Priya\nBrown", day)))
                .isEqualTo("meetings.error.hidden-characters");
        assertThat(Refusal.of(() -> after.addAction(meeting, now, "Call", "Priya", null))).isEqualTo("after.error.action-when");
        assertThat(Refusal.of(() -> after.addAction(meeting, now, "Call", "Priya", day.minusDays(1))))
                .isEqualTo("after.error.action-before-meeting");
        assertThat(Refusal.of(() -> after.addAction(meeting, now, "Call", "Priya", day.plusYears(3))))
                .isEqualTo("after.error.too-far");
        assertThat(Refusal.of(() -> after.setNextReview(meeting, now, day))).isEqualTo("after.error.review-not-after");
        assertThat(Refusal.of(() -> after.setNextReview(meeting, now, null))).isEqualTo("after.error.review-when");
        assertThat(agendaVersion(meeting)).isEqualTo(now);
        assertThat(after.outcomes(meeting).actions()).isEmpty();

        // unusual text is kept exactly as typed
        String unusual = "<script>alert('x')</script> Zoë 👩‍👧 مرحبا {0} ${x}";
        long v = after.addAction(meeting, now, unusual, "Zoë (advocate) مرحبا", day);
        assertThat(after.outcomes(meeting).actions()).singleElement().satisfies(a -> {
            assertThat(a.what()).isEqualTo(unusual);
            assertThat(a.who()).isEqualTo("Zoë (advocate) مرحبا");
        });
        MeetingActionId action = after.outcomes(meeting).actions().getFirst().id();
        v = after.removeAction(meeting, v, action);
        assertThat(after.outcomes(meeting).actions()).isEmpty();
        long last = v;
        assertThatThrownBy(() -> after.removeAction(meeting, last, action)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void eachAttendeeAnswersTheCheckOnceAfterTheMeetingAndStaffSeeTheAnswersSideBySide() {
        MeetingId meeting = fixtures.harperMeeting(Duration.ofDays(10));
        fixtures.startedAgo(meeting, Duration.ofMinutes(30)); // still going on
        signIn.as(SignIn.YOUNG_HARPER);
        assertThat(after.checkStatus(meeting)).isEqualTo(CheckStatus.NOT_ENDED);
        assertThat(Refusal.of(() -> after.answerCheck(meeting, CheckAnswer.YES, CheckAnswer.YES, null, false)))
                .isEqualTo("check.error.not-ended");

        fixtures.startedAgo(meeting, Duration.ofMinutes(61));
        assertThat(after.checkStatus(meeting)).isEqualTo(CheckStatus.OPEN);
        assertThat(Refusal.of(() -> after.answerCheck(meeting, null, CheckAnswer.YES, null, false)))
                .isEqualTo("check.error.listened");
        assertThat(Refusal.of(() -> after.answerCheck(meeting, CheckAnswer.YES, CheckAnswer.NO, "y".repeat(2001), false)))
                .isEqualTo("check.error.comment-too-long");
        String kaisWords = unique("They listened but I still don't know about weekends");
        assertThat(after.answerCheck(meeting, CheckAnswer.YES, CheckAnswer.PARTLY, kaisWords, true)).isFalse();
        assertThat(after.checkStatus(meeting)).isEqualTo(CheckStatus.ANSWERED);
        assertThat(Refusal.of(() -> after.answerCheck(meeting, CheckAnswer.NO, CheckAnswer.NO, "changed my mind", false)))
                .isEqualTo("check.error.answered");

        signIn.as(SignIn.PRACTITIONER_NORTH_2);
        assertThat(after.checkStatus(meeting)).isEqualTo(CheckStatus.NOT_ASKED);
        assertThatThrownBy(() -> after.answerCheck(meeting, CheckAnswer.YES, CheckAnswer.YES, null, false))
                .isInstanceOf(AccessDeniedException.class);
        for (String refused : List.of(SignIn.PARENT_ADEYEMI, SignIn.PRACTITIONER_SOUTH, SignIn.MANAGER_SOUTH)) {
            signIn.as(refused);
            assertThatThrownBy(() -> after.answerCheck(meeting, CheckAnswer.YES, CheckAnswer.YES, null, false))
                    .as(refused).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> after.checksFor(meeting)).as(refused).isInstanceOf(AccessDeniedException.class);
        }
        signIn.as(SignIn.PRACTITIONER_NORTH);
        after.answerCheck(meeting, CheckAnswer.YES, CheckAnswer.YES, "Kai spoke for himself", false);

        signIn.as(SignIn.MANAGER_NORTH);
        List<MeetingCheck> seen = after.checksFor(meeting);
        assertThat(seen).extracting(MeetingCheck::respondent).containsExactly(Respondent.CHILD, Respondent.PRACTITIONER);
        assertThat(seen.getFirst()).satisfies(c -> {
            assertThat(c.name()).isEqualTo("Kai Harper");
            assertThat(c.knowsNext()).isEqualTo(CheckAnswer.PARTLY);
            assertThat(c.comment()).isEqualTo(kaisWords);
            assertThat(c.mayUseForImprovement()).isTrue();
        });
        assertThat(checks(meeting)).isEqualTo(2);
    }

    @Test
    void aDoubleSubmitAtTheSameMomentStoresOneAnswer() throws Exception {
        MeetingId meeting = fixtures.harperMeeting(Duration.ofDays(10));
        fixtures.startedAgo(meeting, Duration.ofHours(3));
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<String> outcomes = Collections.synchronizedList(new ArrayList<>());
        try {
            List<Future<?>> both = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                both.add(pool.submit(() -> {
                    signIn.as(SignIn.PARENT_HARPER);
                    try {
                        go.await();
                        after.answerCheck(meeting, CheckAnswer.PARTLY, CheckAnswer.NO, null, false);
                        outcomes.add("saved");
                    } catch (org.familyvoice.base.UserFacingException e) {
                        outcomes.add(e.messageKey());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } finally {
                        SignIn.out();
                    }
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> f : both) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(outcomes).containsExactlyInAnyOrder("saved", "check.error.answered");
        assertThat(checks(meeting)).isEqualTo(1);
        assertThat(jdbc.sql("select respondent from meeting_check where meeting_id = :m").param("m", meeting.value())
                .query(String.class).single()).isEqualTo("PARENT");
    }

    @Test
    void aDisclosureInACommentIsFlaggedAndRaisesAnAlertForTheNorthDutyQueue() {
        MeetingId meeting = fixtures.harperMeeting(Duration.ofDays(10));
        fixtures.startedAgo(meeting, Duration.ofHours(2));
        String words = unique("my dad hits me when he is angry");
        signIn.as(SignIn.YOUNG_HARPER);
        assertThat(after.answerCheck(meeting, CheckAnswer.NO, CheckAnswer.NO, words, false)).isTrue();
        assertThat(jdbc.sql("select flagged from meeting_check where meeting_id = :m").param("m", meeting.value())
                .query(Boolean.class).single()).isTrue();
        signIn.as(SignIn.MANAGER_NORTH);
        assertThat(safeguarding.queue(false, 0, 500)).filteredOn(a -> a.text().equals(words)).singleElement()
                .satisfies(a -> {
                    assertThat(a.source()).isEqualTo("meeting-check");
                    assertThat(a.author()).isEqualTo("Kai Harper (young person)");
                });
        assertThat(after.checksFor(meeting)).singleElement().satisfies(c -> assertThat(c.flagged()).isTrue());
    }

    /** A past meeting of a family, straight into the database (meetings are only ever booked ahead). */
    private long pastMeeting(String caseReference, Instant startsAt) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        insert into meeting (family_id, meeting_type, starts_at, duration_minutes, place, status, created_by,
                                             created_at, changed_at)
                        values (:f, 'CIN_REVIEW', :t, 60, 'Room 1', 'SCHEDULED', :by, :t, :t)""")
                .param("f", fixtures.family(caseReference).value()).param("t", Timestamp.from(startsAt))
                .param("by", user(SignIn.PRACTITIONER_NORTH)).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    private void answer(long meeting, long user, String respondent, String listened, String next) {
        jdbc.sql("""
                        insert into meeting_check (meeting_id, user_id, respondent, listened_to, knows_next, answered_at)
                        values (:m, :u, :r, :l, :k, current_timestamp)""")
                .param("m", meeting).param("u", user).param("r", respondent).param("l", listened).param("k", next)
                .update();
    }

    private static CheckSummary.Side side(CheckSummary summary, Respondent respondent) {
        return summary.sides().stream().filter(s -> s.respondent() == respondent).findFirst().orElseThrow();
    }

    @Test
    void figuresFromFewerThanFivePeopleAreNotShownAndEachManagerSeesOnlyTheirTeam() {
        // a period of its own, so that no other test's answers count
        LocalDate from = LocalDate.of(2011, 3, 1);
        LocalDate to = LocalDate.of(2011, 3, 31);
        Instant inPeriod = from.plusDays(10).atTime(10, 0).atZone(LONDON).toInstant();
        List<Long> people = jdbc.sql("select id from app_user order by id").query(Long.class).list().subList(0, 6);
        long harper1 = pastMeeting("FV-1001", inPeriod);
        long harper2 = pastMeeting("FV-1001", inPeriod.plus(Duration.ofDays(7)));
        long adeyemi = pastMeeting("FV-2001", inPeriod);
        pastMeeting("FV-1001", to.plusDays(1).atStartOfDay(LONDON).toInstant()); // just outside: counts nowhere
        // four children on the North side (three Yes, one No), one parent answering twice
        for (int i = 0; i < 4; i++) {
            answer(harper1, people.get(i), "CHILD", i == 3 ? "NO" : "YES", "PARTLY");
        }
        answer(harper1, people.get(5), "PARENT", "YES", "YES");
        answer(harper2, people.get(5), "PARENT", "YES", "YES");
        // five South children, all No
        for (int i = 0; i < 5; i++) {
            answer(adeyemi, people.get(i), "CHILD", "NO", "NO");
        }

        signIn.as(SignIn.MANAGER_NORTH);
        CheckSummary four = after.checkSummary(from, to);
        assertThat(side(four, Respondent.CHILD).suppressed()).as("4 children").isTrue();
        assertThat(side(four, Respondent.CHILD).answered()).isZero();
        assertThat(side(four, Respondent.PARENT).suppressed()).as("2 answers but 1 person").isTrue();
        assertThat(side(four, Respondent.PRACTITIONER).suppressed()).isTrue();

        answer(harper2, people.get(4), "CHILD", "YES", "NO");
        CheckSummary five = after.checkSummary(from, to);
        CheckSummary.Side children = side(five, Respondent.CHILD);
        assertThat(children.suppressed()).as("5 children").isFalse();
        assertThat(children.answered()).isEqualTo(5);
        assertThat(children.listenedTo()).containsEntry(CheckAnswer.YES, 80).containsEntry(CheckAnswer.NO, 20)
                .containsEntry(CheckAnswer.PARTLY, 0);
        assertThat(children.knowsNext()).containsEntry(CheckAnswer.PARTLY, 80).containsEntry(CheckAnswer.NO, 20);
        assertThat(after.recentChecks(from, to, 0, 10)).extracting(o -> o.meetingId().value())
                .containsExactly(harper2, harper1);
        assertThat(after.countRecentChecks(from, to)).isEqualTo(2);
        assertThat(after.recentChecks(from, to, 0, 10).getFirst().checks()).extracting(MeetingCheck::respondent)
                .containsExactly(Respondent.CHILD, Respondent.PARENT);
        assertThat(Refusal.of(() -> after.checkSummary(to, from))).isEqualTo("checks.error.period");

        signIn.as(SignIn.MANAGER_SOUTH);
        CheckSummary south = after.checkSummary(from, to);
        assertThat(side(south, Respondent.CHILD).answered()).isEqualTo(5);
        assertThat(side(south, Respondent.CHILD).listenedTo()).containsEntry(CheckAnswer.NO, 100);
        assertThat(side(south, Respondent.PARENT).suppressed()).isTrue();
        assertThat(after.recentChecks(from, to, 0, 10)).extracting(o -> o.meetingId().value()).containsExactly(adeyemi);

        for (String refused : List.of(SignIn.PRACTITIONER_NORTH, SignIn.ADMIN, SignIn.PARENT_HARPER)) {
            signIn.as(refused);
            assertThatThrownBy(() -> after.checkSummary(from, to)).as(refused).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> after.recentChecks(from, to, 0, 10)).as(refused)
                    .isInstanceOf(AccessDeniedException.class);
        }
    }
}

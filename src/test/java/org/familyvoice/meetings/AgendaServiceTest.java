package org.familyvoice.meetings;

import org.familyvoice.IntegrationTest;
import org.familyvoice.Refusal;
import org.familyvoice.SignIn;
import org.familyvoice.TestClock;
import org.familyvoice.base.UserFacingException;
import org.familyvoice.base.audit.AuditAction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import static org.familyvoice.meetings.MeetingFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Priya (the Harpers' worker) builds the agenda of their meeting from what Kai (young person) and Leanne (parent)
 * added, and publishes it. Order, merging, parking, her own items, stale versions, two people at once, who sees what.
 */
@IntegrationTest
class AgendaServiceTest {

    @Autowired AgendaService agenda;
    @Autowired ContributionService contributions;
    @Autowired MeetingService meetings;
    @Autowired SignIn signIn;
    @Autowired JdbcClient jdbc;
    @Autowired MeetingFixtures fixtures;
    @Autowired TestClock clock;
    @Autowired org.springframework.transaction.support.TransactionTemplate tx;

    @AfterEach
    void out() {
        SignIn.out();
    }

    private ContributionId add(String who, MeetingId meeting, ContributionKind kind, String text, HeardBy heardBy,
                               Visibility visibility) {
        signIn.as(who);
        ContributionId id = contributions.add(meeting, kind, text, heardBy, visibility);
        SignIn.out();
        return id;
    }


    /** The staff view, as Priya. */
    private StaffAgenda staff(MeetingId meeting) {
        signIn.as(SignIn.PRACTITIONER_NORTH);
        return agenda.staffAgenda(meeting);
    }

    private long version(MeetingId meeting) {
        return staff(meeting).agendaVersion();
    }

    /** Each item in order: its first quote's text, or the worker's words. */
    private static List<String> order(List<AgendaItem> items) {
        return items.stream().map(i -> i.practitioners() ? i.staffText() : i.quotes().getFirst().text()).toList();
    }

    private static AgendaItemId itemQuoting(StaffAgenda a, ContributionId c) {
        return a.items().stream().filter(i -> i.quotes().stream().anyMatch(q -> q.id().equals(c))).findFirst()
                .orElseThrow().id();
    }

    private int audits(MeetingId meeting, AuditAction action) {
        return jdbc.sql("select count(*) from audit_event where target = :t and action = :a")
                .param("t", "meeting:" + meeting).param("a", action.name()).query(Integer.class).single();
    }

    @Test
    void theWorkerAcceptsMergesParksAddsAndOrdersWithTheYoungPersonFirst() {
        MeetingId meeting = fixtures.harperMeeting(Duration.ofDays(10));
        String mum = unique("Kai's attendance has got better");
        String kai = unique("I like my new school");
        String kaiWish = unique("I'd like to see Nan more");
        String kaiSecret = unique("I don't want to go to Dad's at weekends");
        String mumLater = unique("Can we talk about the holidays?");
        ContributionId p1 = add(SignIn.PARENT_HARPER, meeting, ContributionKind.GOING_WELL, mum, HeardBy.SELF,
                Visibility.EVERYONE);
        ContributionId k1 = add(SignIn.YOUNG_HARPER, meeting, ContributionKind.GOING_WELL, kai, HeardBy.SELF,
                Visibility.EVERYONE);
        ContributionId k2 = add(SignIn.YOUNG_HARPER, meeting, ContributionKind.LIKE_TO_HAPPEN, kaiWish,
                HeardBy.ADVOCATE, Visibility.EVERYONE);
        ContributionId kp = add(SignIn.YOUNG_HARPER, meeting, ContributionKind.WORRIED_ABOUT, kaiSecret,
                HeardBy.WORKER, Visibility.WORKER_ONLY);
        ContributionId p2 = add(SignIn.PARENT_HARPER, meeting, ContributionKind.QUESTION, mumLater, HeardBy.SELF,
                Visibility.EVERYONE);

        StaffAgenda a = staff(meeting);
        assertThat(a.items()).isEmpty();
        assertThat(a.fresh()).extracting(Contribution::id).containsExactly(p1, k1, k2, kp, p2);
        assertThat(a.published()).isFalse();
        assertThat(a.changeable()).isTrue();

        // accepted in the order the worker read them; Kai's still lands before his mum's
        agenda.accept(p1, version(meeting));
        agenda.accept(k1, version(meeting));
        assertThat(order(staff(meeting).items())).containsExactly(kai, mum);
        String own = unique("School attendance plan");
        agenda.addOwn(meeting, version(meeting), own);
        agenda.accept(kp, version(meeting)); // after Kai's last item, before his mum's
        assertThat(order(staff(meeting).items())).containsExactly(kai, kaiSecret, mum, own);

        // merge: Kai's wish is quoted by his first item too
        agenda.merge(k2, itemQuoting(staff(meeting), k1), version(meeting));
        a = staff(meeting);
        assertThat(a.items()).hasSize(4);
        assertThat(a.items().getFirst().quotes()).extracting(Contribution::id).containsExactly(k1, k2);
        assertThat(a.items().getFirst().kind()).isEqualTo(ContributionKind.GOING_WELL);
        assertThat(a.items().getFirst().youngPersonSaysItThemselves()).isTrue();
        AgendaItem secretItem = a.items().get(1);
        assertThat(secretItem.quotes()).singleElement().satisfies(q -> {
            assertThat(q.workerOnly()).isTrue();
            assertThat(q.authorName()).isEqualTo("Kai Harper");
            assertThat(q.authorYoungPerson()).isTrue();
        });
        assertThat(secretItem.youngPersonSaysItThemselves()).isFalse();

        // park and bring back
        agenda.park(p2, version(meeting));
        assertThat(staff(meeting).parked()).extracting(Contribution::id).containsExactly(p2);
        agenda.unpark(p2, version(meeting));
        assertThat(staff(meeting).fresh()).extracting(Contribution::id).containsExactly(p2);
        agenda.park(p2, version(meeting));
        a = staff(meeting);
        assertThat(a.fresh()).isEmpty();
        assertThat(a.parked()).extracting(Contribution::id).containsExactly(p2);

        // parking the only quote of an item removes the item; merging it elsewhere too
        agenda.merge(k2, itemQuoting(staff(meeting), p1), version(meeting));
        agenda.park(p1, version(meeting));
        a = staff(meeting);
        assertThat(order(a.items())).containsExactly(kai, kaiSecret, kaiWish, own);
        agenda.merge(k2, itemQuoting(a, k1), version(meeting));
        assertThat(order(staff(meeting).items())).containsExactly(kai, kaiSecret, own);
        agenda.unpark(p1, version(meeting));
        agenda.accept(p1, version(meeting));
        assertThat(order(staff(meeting).items())).containsExactly(kai, kaiSecret, mum, own);

        // the worker's own order, then the default order back (stable within each group)
        AgendaItemId ownItem = staff(meeting).items().get(3).id();
        agenda.moveUp(ownItem, version(meeting));
        agenda.moveUp(ownItem, version(meeting));
        agenda.moveUp(ownItem, version(meeting));
        agenda.moveUp(ownItem, version(meeting)); // at the top already: stays
        assertThat(order(staff(meeting).items())).containsExactly(own, kai, kaiSecret, mum);
        agenda.moveDown(itemQuoting(staff(meeting), kp), version(meeting));
        assertThat(order(staff(meeting).items())).containsExactly(own, kai, mum, kaiSecret);
        agenda.youngPersonFirst(meeting, version(meeting));
        assertThat(order(staff(meeting).items())).containsExactly(kai, kaiSecret, mum, own);

        // the worker's words change; a family item's words are the family's
        String ownChanged = unique("School attendance: what helps");
        agenda.editOwn(ownItem, version(meeting), ownChanged);
        assertThat(Refusal.of(() -> agenda.editOwn(itemQuoting(staff(meeting), p1), version(meeting), "mine now")))
                .isEqualTo("agenda.error.not-own");
        // removing an item makes its contributions new again
        agenda.remove(itemQuoting(staff(meeting), kp), version(meeting));
        a = staff(meeting);
        assertThat(order(a.items())).containsExactly(kai, mum, ownChanged);
        assertThat(a.fresh()).extracting(Contribution::id).containsExactly(kp);

        // a change from a view that is out of date is refused and changes nothing
        long current = a.agendaVersion();
        long stale = current - 1;
        assertThat(Refusal.of(() -> agenda.accept(kp, stale))).isEqualTo("agenda.error.changed");
        assertThat(Refusal.of(() -> agenda.youngPersonFirst(meeting, stale))).isEqualTo("agenda.error.changed");
        assertThat(Refusal.of(() -> agenda.remove(ownItem, stale))).isEqualTo("agenda.error.changed");
        assertThat(staff(meeting)).usingRecursiveComparison().isEqualTo(a);
        // so is one that no longer fits (accepting what is already on the agenda)
        assertThat(Refusal.of(() -> agenda.accept(k1, current))).isEqualTo("agenda.error.changed");
        assertThat(staff(meeting).agendaVersion()).isEqualTo(current);

        assertThat(audits(meeting, AuditAction.AGENDA_CHANGED)).isGreaterThanOrEqualTo(20);
    }

    @Test
    void publishedTheParentNeverSeesTheYoungPersonsPrivateWordsAndTheFamilyIsTold() {
        MeetingId meeting = fixtures.harperMeeting(Duration.ofDays(10));
        String mum = unique("Kai's attendance has got better");
        String kai = unique("I like football");
        String kaiSecret = unique("I don't want to go to Dad's at weekends");
        String kaiAlone = unique("I'm scared at night");
        ContributionId p1 = add(SignIn.PARENT_HARPER, meeting, ContributionKind.GOING_WELL, mum, HeardBy.SELF,
                Visibility.EVERYONE);
        ContributionId k1 = add(SignIn.YOUNG_HARPER, meeting, ContributionKind.GOING_WELL, kai, HeardBy.SELF,
                Visibility.EVERYONE);
        ContributionId kp = add(SignIn.YOUNG_HARPER, meeting, ContributionKind.WORRIED_ABOUT, kaiSecret,
                HeardBy.WORKER, Visibility.WORKER_ONLY);
        ContributionId kAlone = add(SignIn.YOUNG_HARPER, meeting, ContributionKind.WORRIED_ABOUT, kaiAlone,
                HeardBy.WORKER, Visibility.WORKER_ONLY);

        agenda.accept(p1, version(meeting));
        agenda.accept(k1, version(meeting));
        // Kai's private worry merged into his mum's item, and one on an item of its own
        agenda.merge(kp, itemQuoting(staff(meeting), p1), version(meeting));
        agenda.accept(kAlone, version(meeting));
        String own = unique("Next steps");
        agenda.addOwn(meeting, version(meeting), own);

        // before publishing the family see nothing, the printed copy is not theirs yet
        signIn.as(SignIn.PARENT_HARPER);
        assertThat(agenda.familyAgenda(meeting).published()).isFalse();
        assertThat(agenda.familyAgenda(meeting).items()).isEmpty();
        assertThat(Refusal.of(() -> agenda.printable(meeting))).isEqualTo("agenda.error.not-published");

        AgendaPublication published;
        signIn.as(SignIn.PRACTITIONER_NORTH);
        published = agenda.publish(meeting, version(meeting));
        assertThat(published.late()).isFalse();
        assertThat(Refusal.of(() -> agenda.publish(meeting, version(meeting))))
                .isEqualTo("agenda.error.already-published");
        assertThat(staff(meeting).publishedAt()).isEqualTo(published.publishedAt());
        assertThat(audits(meeting, AuditAction.AGENDA_PUBLISHED)).isEqualTo(1);

        signIn.as(SignIn.PARENT_HARPER);
        PublishedAgenda mums = agenda.familyAgenda(meeting);
        assertThat(mums.published()).isTrue();
        assertThat(order(mums.items())).containsExactly(kai, mum, own);
        assertThat(mums.items()).flatExtracting(AgendaItem::quotes).extracting(Contribution::id)
                .containsExactly(k1, p1).doesNotContain(kp, kAlone);
        assertThat(mums.items()).flatExtracting(AgendaItem::quotes).noneMatch(Contribution::workerOnly)
                .noneMatch(Contribution::flagged);
        assertThat(mums.toString()).doesNotContain("Dad's at weekends").doesNotContain("scared at night");
        assertThat(mums.items().get(1).quotes()).singleElement().satisfies(q -> assertThat(q.mine()).isTrue());
        // she can no longer add items
        assertThat(Refusal.of(() -> contributions.add(meeting, ContributionKind.QUESTION, "late", null, null)))
                .isEqualTo("contributions.error.published");

        signIn.as(SignIn.YOUNG_HARPER);
        PublishedAgenda kais = agenda.familyAgenda(meeting);
        assertThat(kais.items()).flatExtracting(AgendaItem::quotes).extracting(Contribution::id)
                .containsExactly(k1, p1, kp, kAlone);
        assertThat(kais.items()).flatExtracting(AgendaItem::quotes).filteredOn(Contribution::workerOnly)
                .allMatch(Contribution::mine);

        // changes after publishing show to the family at once
        signIn.as(SignIn.PRACTITIONER_NORTH);
        agenda.remove(itemQuoting(staff(meeting), k1), version(meeting));
        signIn.as(SignIn.PARENT_HARPER);
        assertThat(order(agenda.familyAgenda(meeting).items())).containsExactly(mum, own);

        for (String user : List.of(SignIn.PARENT_HARPER, SignIn.YOUNG_HARPER)) {
            assertThat(jdbc.sql("""
                            select count(*) from notification n join app_user u on u.id = n.user_id
                            where u.username = :u and n.link = :link and n.message_key = 'notification.agenda-published'""")
                    .param("u", user).param("link", "meetings/" + meeting).query(Integer.class).single())
                    .as(user).isEqualTo(1);
        }
    }

    @Test
    void publishingLaterThanTheConfiguredDaysBeforeIsLate() {
        MeetingId meeting = fixtures.harperMeeting(Duration.ofDays(10));
        ContributionId k1 = add(SignIn.YOUNG_HARPER, meeting, ContributionKind.QUESTION, unique("When is it?"),
                HeardBy.SELF, Visibility.EVERYONE);
        agenda.accept(k1, version(meeting));
        MeetingId empty = fixtures.harperMeeting(Duration.ofDays(10));
        signIn.as(SignIn.PRACTITIONER_NORTH);
        assertThat(Refusal.of(() -> agenda.publish(empty, 0))).isEqualTo("agenda.error.empty");

        clock.advance(Duration.ofDays(9).plusHours(1)); // less than a day before (the default setting)
        signIn.as(SignIn.PRACTITIONER_NORTH);
        AgendaPublication published = agenda.publish(meeting, version(meeting));
        assertThat(published.late()).isTrue();
        assertThat(published.daysBefore()).isEqualTo(1);
        assertThat(staff(meeting).publishedLate()).isTrue();
        assertThat(jdbc.sql("select details from audit_event where target = :t and action = 'AGENDA_PUBLISHED'")
                .param("t", "meeting:" + meeting).query(String.class).single()).isEqualTo("late");
    }

    @Test
    void aWithdrawnContributionLeavesTheAgendaAndACancelledMeetingsAgendaIsFixed() {
        MeetingId meeting = fixtures.harperMeeting(Duration.ofDays(10));
        ContributionId k1 = add(SignIn.YOUNG_HARPER, meeting, ContributionKind.QUESTION, unique("Can I stay?"),
                HeardBy.SELF, Visibility.EVERYONE);
        ContributionId k2 = add(SignIn.YOUNG_HARPER, meeting, ContributionKind.GOING_WELL, unique("Football"),
                HeardBy.SELF, Visibility.EVERYONE);
        agenda.accept(k1, version(meeting));
        agenda.park(k2, version(meeting));
        long seen = version(meeting);

        signIn.as(SignIn.YOUNG_HARPER);
        contributions.withdraw(k1, contributions.mine(meeting).getFirst().version());
        contributions.withdraw(k2, contributions.mine(meeting).getFirst().version());
        StaffAgenda a = staff(meeting);
        assertThat(a.items()).isEmpty();
        assertThat(a.parked()).isEmpty();
        assertThat(a.agendaVersion()).isEqualTo(seen + 2);
        assertThat(jdbc.sql("select count(*) from agenda_item where meeting_id = :m").param("m", meeting.value())
                .query(Integer.class).single()).isZero();
        assertThat(Refusal.of(() -> agenda.addOwn(meeting, seen, "from an old view"))).isEqualTo("agenda.error.changed");
        assertThat(Refusal.of(() -> agenda.accept(k1, a.agendaVersion()))).isEqualTo("agenda.error.changed");

        agenda.addOwn(meeting, a.agendaVersion(), "Introductions");
        meetings.cancel(meeting, meetings.getMeeting(meeting).version(), "Worker off sick");
        assertThat(Refusal.of(() -> agenda.addOwn(meeting, version(meeting), "more"))).isEqualTo("agenda.error.cancelled");
        assertThat(Refusal.of(() -> agenda.publish(meeting, version(meeting)))).isEqualTo("agenda.error.cancelled");
    }

    @Test
    void onlyTheFamilysWorkerAndManagerChangeItTheTeamReadsItOthersAreRefusedAlike() {
        MeetingId meeting = fixtures.harperMeeting(Duration.ofDays(10));
        ContributionId k1 = add(SignIn.YOUNG_HARPER, meeting, ContributionKind.QUESTION, unique("Can I stay?"),
                HeardBy.SELF, Visibility.EVERYONE);
        long v = version(meeting);

        // practitioner.north2 is in the Harpers' team but not their worker: reads, changes nothing
        signIn.as(SignIn.PRACTITIONER_NORTH_2);
        StaffAgenda seen = agenda.staffAgenda(meeting);
        assertThat(seen.changeable()).isFalse();
        assertThat(seen.fresh()).extracting(Contribution::id).containsExactly(k1);
        assertThatThrownBy(() -> agenda.accept(k1, v)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> agenda.addOwn(meeting, v, "x")).isInstanceOf(AccessDeniedException.class);

        for (String refused : List.of(SignIn.PRACTITIONER_SOUTH, SignIn.MANAGER_SOUTH, SignIn.ADMIN,
                SignIn.PARENT_ADEYEMI, SignIn.PARENT_NOVAK, SignIn.PARENT_HARPER, SignIn.YOUNG_HARPER)) {
            signIn.as(refused);
            assertThatThrownBy(() -> agenda.staffAgenda(meeting)).as(refused).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> agenda.accept(k1, v)).as(refused).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> agenda.publish(meeting, v)).as(refused).isInstanceOf(AccessDeniedException.class);
        }
        for (String refused : List.of(SignIn.PRACTITIONER_SOUTH, SignIn.MANAGER_SOUTH, SignIn.ADMIN,
                SignIn.PARENT_ADEYEMI, SignIn.PARENT_NOVAK)) {
            signIn.as(refused);
            assertThatThrownBy(() -> agenda.printable(meeting)).as(refused).isInstanceOf(AccessDeniedException.class);
        }
        signIn.as(SignIn.PARENT_ADEYEMI);
        assertThatThrownBy(() -> agenda.familyAgenda(meeting)).isInstanceOf(AccessDeniedException.class);

        // an unknown id is refused like someone else's
        signIn.as(SignIn.PRACTITIONER_NORTH);
        assertThatThrownBy(() -> agenda.accept(new ContributionId(Long.MAX_VALUE), v))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> agenda.remove(new AgendaItemId(Long.MAX_VALUE), v))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> agenda.staffAgenda(new MeetingId(Long.MAX_VALUE)))
                .isInstanceOf(AccessDeniedException.class);
        // an item of another meeting cannot be merged into
        MeetingId other = fixtures.harperMeeting(Duration.ofDays(12));
        ContributionId o1 = add(SignIn.YOUNG_HARPER, other, ContributionKind.QUESTION, unique("Other"), HeardBy.SELF,
                Visibility.EVERYONE);
        AgendaItemId otherItem = agenda.accept(o1, version(other));
        assertThatThrownBy(() -> agenda.merge(k1, otherItem, version(meeting)))
                .isInstanceOf(AccessDeniedException.class);

        // the manager of the team may change it
        signIn.as(SignIn.MANAGER_NORTH);
        agenda.accept(k1, agenda.staffAgenda(meeting).agendaVersion());
        assertThat(agenda.staffAgenda(meeting).items()).hasSize(1);
    }

    @Test
    void badWordsForTheWorkersOwnItemAreRefusedAndUnusualTextIsKeptExactly() {
        MeetingId meeting = fixtures.harperMeeting(Duration.ofDays(10));
        long v = version(meeting);
        assertThat(Refusal.of(() -> agenda.addOwn(meeting, v, "  \n "))).isEqualTo("agenda.error.empty-text");
        assertThat(Refusal.of(() -> agenda.addOwn(meeting, v, null))).isEqualTo("agenda.error.empty-text");
        assertThat(Refusal.of(() -> agenda.addOwn(meeting, v, "x".repeat(2001)))).isEqualTo("agenda.error.too-long");
        assertThat(Refusal.of(() -> agenda.addOwn(meeting, v, "a\u0000b"))).isEqualTo("meetings.error.hidden-characters");
        assertThat(version(meeting)).isEqualTo(v);
        String unusual = "<script>alert('x')</script> <b>bold</b> Zoë 👩‍👧 مرحبا {0} ${x}\nline two";
        agenda.addOwn(meeting, v, unusual);
        assertThat(staff(meeting).items()).singleElement().satisfies(i -> assertThat(i.staffText()).isEqualTo(unusual));
    }

    /**
     * Two people act on the same agenda at the same moment, from the same version: exactly one change is stored, the
     * other is told to look again, and the agenda holds exactly the winner's change.
     */
    @Test
    void twoChangesFromTheSameVersionAtOnceOneWinsTheOtherIsToldAndNothingIsHalfStored() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                MeetingId meeting = fixtures.harperMeeting(Duration.ofDays(10));
                ContributionId k1 = add(SignIn.YOUNG_HARPER, meeting, ContributionKind.QUESTION, unique("Mine"),
                        HeardBy.SELF, Visibility.EVERYONE);
                long v = version(meeting);
                SignIn.out();
                var barrier = new CyclicBarrier(2);
                String own = unique("Worker's item");
                List<Function<Void, String>> actions = List.of(
                        x -> "accepted:" + agenda.accept(k1, v),
                        x -> "added:" + agenda.addOwn(meeting, v, own));
                List<Future<String>> results = new ArrayList<>();
                for (var action : actions) {
                    String user = results.isEmpty() ? SignIn.PRACTITIONER_NORTH : SignIn.MANAGER_NORTH;
                    results.add(pool.submit(() -> {
                        signIn.as(user);
                        try {
                            barrier.await(10, TimeUnit.SECONDS);
                            return action.apply(null);
                        } catch (UserFacingException e) {
                            return "refused:" + e.messageKey();
                        } finally {
                            SignIn.out();
                        }
                    }));
                }
                List<String> outcomes = new ArrayList<>();
                for (var f : results) {
                    outcomes.add(f.get(30, TimeUnit.SECONDS));
                }
                assertThat(outcomes).as("round " + round).filteredOn(o -> o.startsWith("refused:"))
                        .containsExactly("refused:agenda.error.changed");
                StaffAgenda after = staff(meeting);
                assertThat(after.agendaVersion()).isEqualTo(v + 1);
                assertThat(after.items()).hasSize(1);
                if (outcomes.stream().anyMatch(o -> o.startsWith("accepted:"))) {
                    assertThat(after.items().getFirst().quotes()).extracting(Contribution::id).containsExactly(k1);
                    assertThat(after.fresh()).isEmpty();
                } else {
                    assertThat(after.items().getFirst().staffText()).isEqualTo(own);
                    assertThat(after.fresh()).extracting(Contribution::id).containsExactly(k1);
                }
                assertThat(audits(meeting, AuditAction.AGENDA_CHANGED)).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * A change that arrives while another one is still being saved waits for it, then finds the agenda changed and
     * is refused: the first is stored whole, the second not at all.
     */
    @Test
    void aChangeArrivingWhileAnotherIsStillBeingSavedIsRefusedOnceThatOneIsStored() throws Exception {
        MeetingId meeting = fixtures.harperMeeting(Duration.ofDays(10));
        long v = version(meeting);
        SignIn.out();
        String first = unique("First");
        var saving = new java.util.concurrent.CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<?> slow = pool.submit(() -> {
                signIn.as(SignIn.PRACTITIONER_NORTH);
                try {
                    tx.executeWithoutResult(status -> {
                        agenda.addOwn(meeting, v, first);
                        saving.countDown();
                        try {
                            Thread.sleep(700); // still saving: the transaction is open
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    });
                } finally {
                    SignIn.out();
                }
            });
            assertThat(saving.await(30, TimeUnit.SECONDS)).isTrue();
            signIn.as(SignIn.MANAGER_NORTH);
            assertThat(Refusal.of(() -> agenda.addOwn(meeting, v, "Second"))).isEqualTo("agenda.error.changed");
            slow.get(30, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        StaffAgenda after = staff(meeting);
        assertThat(after.agendaVersion()).isEqualTo(v + 1);
        assertThat(order(after.items())).containsExactly(first);
    }
}

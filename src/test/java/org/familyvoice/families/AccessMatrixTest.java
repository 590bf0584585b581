package org.familyvoice.families;

import org.familyvoice.IntegrationTest;
import org.familyvoice.SignIn;
import org.familyvoice.accounts.AccountService;
import org.familyvoice.base.FamilyId;
import org.familyvoice.base.Roles;
import org.familyvoice.base.TeamId;
import org.familyvoice.base.UserFacingException;
import org.familyvoice.base.UserId;
import org.familyvoice.base.audit.AuditLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Calls every service method as every kind of caller against families in two teams, and checks that
 * exactly the allowed cells get through. Family H (Harper) is North and allocated to practitioner.north;
 * family N (Novak) is North and allocated to practitioner.north2; family A (Adeyemi) is South.
 * The expected cells are written out by hand from the access rules in the issue, not computed.
 */
@IntegrationTest
class AccessMatrixTest {

    /** The callers: "anonymous" is nobody signed in. */
    static final List<String> CALLERS = List.of("anonymous", SignIn.ADMIN, SignIn.MANAGER_NORTH, SignIn.MANAGER_SOUTH,
            SignIn.PRACTITIONER_NORTH, SignIn.PRACTITIONER_NORTH_2, SignIn.PRACTITIONER_SOUTH, SignIn.PARENT_HARPER,
            SignIn.YOUNG_HARPER, SignIn.PARENT_ADEYEMI);

    private static final Set<String> EVERYONE_SIGNED_IN = Set.copyOf(CALLERS.subList(1, CALLERS.size()));
    private static final Set<String> NOBODY = Set.of();

    @Autowired SignIn signIn;
    @Autowired FamilyService families;
    @Autowired InvitationService invitations;
    @Autowired AccountService accounts;
    @Autowired AuditLog audit;
    @Autowired JdbcClient jdbc;
    @Autowired org.familyvoice.feedback.SafeguardingService safeguarding;
    @Autowired org.springframework.transaction.support.TransactionTemplate tx;
    @Autowired org.familyvoice.feedback.FeedbackService feedback;
    @Autowired org.familyvoice.notifications.NotificationService notifications;
    @Autowired org.familyvoice.meetings.MeetingService meetings;
    @Autowired org.familyvoice.TestClock clock;
    @Autowired org.familyvoice.notifications.EmailOutbox outbox;
    @Autowired org.familyvoice.meetings.ContributionService contributions;
    @Autowired org.familyvoice.meetings.AfterMeetingService after;
    @Autowired org.familyvoice.meetings.AgendaService agenda;

    private final AtomicInteger counter = new AtomicInteger();
    private Map<String, Fixture> fixtures;
    private UserId spareStaff;
    private TeamId north;
    private org.familyvoice.feedback.AlertId northAlert;
    private org.familyvoice.feedback.FeedbackId harperFeedback;
    private org.familyvoice.meetings.ContributionId kaisItem;

    record Fixture(FamilyId id, UserId allocated, MemberId spareMember, InvitationId invitation, MemberId joined,
                   org.familyvoice.meetings.MeetingId meeting, org.familyvoice.meetings.ContributionId joinedItem) {
    }

    @BeforeEach
    void setUp() {
        fixtures = new LinkedHashMap<>();
        fixtures.put("H", fixture("FV-1001", SignIn.MANAGER_NORTH));
        fixtures.put("N", fixture("FV-1002", SignIn.MANAGER_NORTH));
        fixtures.put("A", fixture("FV-2001", SignIn.MANAGER_SOUTH));
        signIn.as(SignIn.ADMIN);
        north = new TeamId(jdbc.sql("select id from team where name like 'North%'").query(Long.class).single());
        spareStaff = accounts.createStaff("matrix.spare." + System.nanoTime(), "Spare Staff", Roles.PRACTITIONER, north)
                .userId();
        SignIn.out();
        String disclosure = "matrix: my dad hits me " + System.nanoTime();
        tx.executeWithoutResult(s -> safeguarding.screenAndRaise(new org.familyvoice.feedback.TextToScreen("matrix", null,
                fixtures.get("H").id(), north, null, "matrix", disclosure)));
        northAlert = new org.familyvoice.feedback.AlertId(jdbc.sql("select id from safeguarding_alert where text = :t")
                .param("t", disclosure).query(Long.class).single());
        signIn.as(SignIn.PARENT_HARPER);
        harperFeedback = feedback.give(feedbackForm(true)).id();
        signIn.as(SignIn.YOUNG_HARPER);
        kaisItem = contributions.add(fixtures.get("H").meeting(), org.familyvoice.meetings.ContributionKind.QUESTION,
                "matrix: Kai's own item", org.familyvoice.meetings.HeardBy.SELF,
                org.familyvoice.meetings.Visibility.WORKER_ONLY);
        SignIn.out();
    }

    private static org.familyvoice.feedback.FeedbackForm feedbackForm(boolean mayContact) {
        return new org.familyvoice.feedback.FeedbackForm(java.util.UUID.randomUUID().toString(),
                org.familyvoice.feedback.FeedbackAbout.OTHER, null, 3, null, null, "matrix feedback", null, mayContact,
                false, null, mayContact ? "07700 900000" : null);
    }

    private Fixture fixture(String caseReference, String manager) {
        signIn.as(manager);
        FamilyId id = new FamilyId(jdbc.sql("select id from family where case_reference = :r")
                .param("r", caseReference).query(Long.class).single());
        UserId allocated = families.getFamily(id).allocatedPractitionerId();
        MemberId member = families.addMember(id, "Matrix Member", "Aunt", MemberType.PARENT, null);
        InvitationId invitation = invitations.invite(id, member).id();
        MemberId joined = families.addMember(id, "Matrix Joined", "Uncle", MemberType.PARENT, null);
        String code = invitations.invite(id, joined).code();
        SignIn.out();
        String joinedUsername = "matrix.joined." + counter.incrementAndGet() + "." + System.nanoTime();
        invitations.redeem(code, joinedUsername, "a matrix of long passwords");
        // a meeting every member with an account is invited to (the Harpers' parent and young person among them)
        signIn.as(manager);
        List<MemberId> invited = families.members(id).stream().filter(FamilyMember::hasAccount).map(FamilyMember::id)
                .toList();
        var meeting = meetings.schedule(id, meetingPlan(invited));
        // an item by the joined member (invited too): nobody among the callers wrote it, so nobody may change it
        signIn.as(joinedUsername);
        var joinedItem = contributions.add(meeting, org.familyvoice.meetings.ContributionKind.GOING_WELL,
                "matrix: the joined member's item", null, null);
        SignIn.out();
        return new Fixture(id, allocated, member, invitation, joined, meeting, joinedItem);
    }

    private org.familyvoice.meetings.MeetingPlan meetingPlan(List<MemberId> invited) {
        return new org.familyvoice.meetings.MeetingPlan(org.familyvoice.meetings.MeetingType.CHILD_IN_NEED,
                clock.instant().plus(java.time.Duration.ofDays(30)), 60, "Matrix Room", null, invited,
                List.of());
    }

    private long meetingVersion(Fixture f) {
        return jdbc.sql("select version from meeting where id = :id").param("id", f.meeting().value())
                .query(Long.class).single();
    }

    private long contributionVersion(org.familyvoice.meetings.ContributionId id) {
        return jdbc.sql("select version from meeting_contribution where id = :id").param("id", id.value())
                .query(Long.class).single();
    }

    private final Map<org.familyvoice.meetings.MeetingId, org.familyvoice.meetings.AgendaItemId> agendaItems =
            new java.util.HashMap<>();

    /** One agenda item (the worker's own) on the fixture's meeting, made as the agenda builder stores it. */
    private org.familyvoice.meetings.AgendaItemId agendaItemOf(Fixture f) {
        return agendaItems.computeIfAbsent(f.meeting(), m -> {
            var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
            jdbc.sql("""
                            insert into agenda_item (meeting_id, sort_order, origin, kind, staff_text, created_by, created_at)
                            values (:m, 1, 'PRACTITIONER', 'STAFF', 'matrix item', :by, current_timestamp)""")
                    .param("m", m.value()).param("by", f.allocated().value()).update(keys, "id");
            return new org.familyvoice.meetings.AgendaItemId(keys.getKeyAs(Number.class).longValue());
        });
    }

    private long agendaVersion(Fixture f) {
        return jdbc.sql("select agenda_version from meeting where id = :id").param("id", f.meeting().value())
                .query(Long.class).single();
    }

    /** The agenda item quoting the joined member's item, or an id that does not exist. */
    private long itemQuoting(Fixture f) {
        return jdbc.sql("select coalesce(max(agenda_item_id), -1) from meeting_contribution where id = :id")
                .param("id", f.joinedItem().value()).query(Long.class).single();
    }

    /** A fresh practitioner's item on the fixture's agenda, made directly, whoever the caller is. */
    private org.familyvoice.meetings.AgendaItemId matrixItem(Fixture f) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        insert into agenda_item (meeting_id, sort_order, origin, kind, staff_text, created_by, created_at)
                        values (:m, 99, 'PRACTITIONER', 'STAFF', 'matrix item', (select min(id) from app_user),
                                current_timestamp)""")
                .param("m", f.meeting().value()).update(keys, "id");
        return new org.familyvoice.meetings.AgendaItemId(java.util.Objects.requireNonNull(keys.getKey()).longValue());
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    /** One service method called with some arguments; returns normally when the call got past access control. */
    interface Call {
        void run(Fixture f);
    }

    @Test
    void exactlyTheAllowedCellsSucceed() {
        var expected = new TreeSet<String>();
        var actual = new TreeSet<String>();

        // Family-independent methods: expected callers.
        Map<String, Set<String>> global = new LinkedHashMap<>();
        Map<String, Call> globalCalls = new LinkedHashMap<>();
        add(global, globalCalls, "FamilyService.findFamilies", staffOnTeams(),
                f -> families.findFamilies(0, 50));
        add(global, globalCalls, "FamilyService.countFamilies", staffOnTeams(), f -> families.countFamilies());
        add(global, globalCalls, "FamilyService.myFamily",
                Set.of(SignIn.PARENT_HARPER, SignIn.YOUNG_HARPER, SignIn.PARENT_ADEYEMI), f -> families.myFamily());
        add(global, globalCalls, "FamilyService.allocatablePractitioners", staffOnTeams(),
                f -> families.allocatablePractitioners());
        add(global, globalCalls, "FamilyService.createFamily", staffOnTeams(), f -> createFamilyAsCaller());
        add(global, globalCalls, "InvitationService.greet", Set.copyOf(CALLERS), f -> ignoreRefusal(() -> invitations.greet("NOPE0-NOPE0")));
        add(global, globalCalls, "InvitationService.redeem", Set.copyOf(CALLERS),
                f -> ignoreRefusal(() -> invitations.redeem("NOPE0-NOPE0", "someone", "long enough password here")));
        add(global, globalCalls, "AccountService.teams",
                Set.of(SignIn.ADMIN, SignIn.MANAGER_NORTH, SignIn.MANAGER_SOUTH, SignIn.PRACTITIONER_NORTH,
                        SignIn.PRACTITIONER_NORTH_2, SignIn.PRACTITIONER_SOUTH), f -> accounts.teams());
        add(global, globalCalls, "AccountService.findStaff", Set.of(SignIn.ADMIN), f -> accounts.findStaff(0, 50));
        add(global, globalCalls, "AccountService.countStaff", Set.of(SignIn.ADMIN), f -> accounts.countStaff());
        add(global, globalCalls, "AccountService.createStaff", Set.of(SignIn.ADMIN),
                f -> accounts.createStaff("matrix." + counter.incrementAndGet() + "." + System.nanoTime(), "Matrix",
                        Roles.MANAGER, north));
        add(global, globalCalls, "AccountService.changeRoleAndTeam", Set.of(SignIn.ADMIN),
                f -> accounts.changeRoleAndTeam(spareStaff, Roles.PRACTITIONER, north));
        add(global, globalCalls, "AccountService.setActive", Set.of(SignIn.ADMIN),
                f -> accounts.setActive(spareStaff, true));
        add(global, globalCalls, "AccountService.resetPassword", Set.of(SignIn.ADMIN),
                f -> accounts.resetPassword(spareStaff));
        add(global, globalCalls, "AccountService.changeOwnPassword", EVERYONE_SIGNED_IN,
                f -> ignoreRefusal(() -> accounts.changeOwnPassword("not my password", "another long password")));
        add(global, globalCalls, "AccountService.activePractitioners(North)",
                Set.of(SignIn.MANAGER_NORTH, SignIn.PRACTITIONER_NORTH, SignIn.PRACTITIONER_NORTH_2),
                f -> accounts.activePractitioners(north));
        add(global, globalCalls, "AccountService.staffNames", EVERYONE_SIGNED_IN,
                f -> accounts.staffNames(List.of(spareStaff)));
        add(global, globalCalls, "AccountService.teamNames", EVERYONE_SIGNED_IN, f -> accounts.teamNames());
        add(global, globalCalls, "AuditLog.newest", Set.of(SignIn.ADMIN), f -> audit.newest(0, 10));
        // practitioner.north2 is on the North duty rota (demo data): works the queue like a manager
        Set<String> alertManagers = Set.of(SignIn.MANAGER_NORTH, SignIn.MANAGER_SOUTH, SignIn.PRACTITIONER_NORTH_2);
        Set<String> northDuty = Set.of(SignIn.MANAGER_NORTH, SignIn.PRACTITIONER_NORTH_2);
        add(global, globalCalls, "SafeguardingService.queue", alertManagers, f -> safeguarding.queue(true, 0, 10));
        add(global, globalCalls, "SafeguardingService.countQueue", alertManagers, f -> safeguarding.countQueue(true));
        add(global, globalCalls, "SafeguardingService.open(North alert)", northDuty,
                f -> safeguarding.open(northAlert));
        add(global, globalCalls, "SafeguardingService.acknowledge(North alert)", northDuty,
                f -> safeguarding.acknowledge(northAlert));
        add(global, globalCalls, "SafeguardingService.recordAction(North alert)", northDuty,
                f -> safeguarding.recordAction(northAlert, "noted by the matrix", false));
        add(global, globalCalls, "AuditLog.count", Set.of(SignIn.ADMIN), f -> audit.count());
        add(global, globalCalls, "AccountService.setOnDuty", Set.of(SignIn.ADMIN),
                f -> accounts.setOnDuty(spareStaff, false));
        add(global, globalCalls, "AccountService.publicTeams", Set.copyOf(CALLERS), f -> accounts.publicTeams());
        Set<String> familyMembers = Set.of(SignIn.PARENT_HARPER, SignIn.YOUNG_HARPER, SignIn.PARENT_ADEYEMI);
        add(global, globalCalls, "FeedbackService.give", familyMembers, f -> feedback.give(feedbackForm(false)));
        add(global, globalCalls, "FeedbackService.giveAnonymously", Set.copyOf(CALLERS),
                f -> feedback.giveAnonymously(feedbackForm(false), "192.0.2." + counter.incrementAndGet() % 250));
        add(global, globalCalls, "FeedbackService.myFeedback", familyMembers, f -> feedback.myFeedback(0, 10));
        add(global, globalCalls, "FeedbackService.countMyFeedback", familyMembers, f -> feedback.countMyFeedback());
        add(global, globalCalls, "FeedbackService.find", staffOnTeams(),
                f -> feedback.find(org.familyvoice.feedback.FeedbackFilter.NONE, 0, 10));
        add(global, globalCalls, "FeedbackService.count", staffOnTeams(),
                f -> feedback.count(org.familyvoice.feedback.FeedbackFilter.NONE));
        // Harper's feedback: their worker (practitioner.north) and the North manager; nobody else
        Set<String> harperStaff = Set.of(SignIn.MANAGER_NORTH, SignIn.PRACTITIONER_NORTH);
        add(global, globalCalls, "FeedbackService.open(Harper)", harperStaff, f -> feedback.open(harperFeedback));
        add(global, globalCalls, "FeedbackService.markRead(Harper)", harperStaff, f -> feedback.markRead(harperFeedback));
        add(global, globalCalls, "FeedbackService.reply(Harper)", harperStaff,
                f -> feedback.reply(harperFeedback, "matrix reply"));
        add(global, globalCalls, "NotificationService.mine", EVERYONE_SIGNED_IN, f -> notifications.mine());
        add(global, globalCalls, "NotificationService.unreadCount", EVERYONE_SIGNED_IN, f -> notifications.unreadCount());
        add(global, globalCalls, "NotificationService.markAllRead", EVERYONE_SIGNED_IN, f -> notifications.markAllRead());
        add(global, globalCalls, "MeetingService.myMeetings", familyMembers, f -> meetings.myMeetings());
        // Kai's own item on the Harpers' meeting: only Kai changes or withdraws it (after the withdrawal, his
        // second try gets past access and is refused for that reason)
        add(global, globalCalls, "ContributionService.edit(Kai's item)", Set.of(SignIn.YOUNG_HARPER),
                f -> ignoreRefusal(() -> contributions.edit(kaisItem, contributionVersion(kaisItem),
                        org.familyvoice.meetings.ContributionKind.QUESTION, "matrix: changed", null, null)));
        add(global, globalCalls, "ContributionService.withdraw(Kai's item)", Set.of(SignIn.YOUNG_HARPER),
                f -> ignoreRefusal(() -> contributions.withdraw(kaisItem, contributionVersion(kaisItem))));
        // everyone's own address for e-mail notifications; the outbox (masked addresses) is for administrators only
        add(global, globalCalls, "AccountService.ownEmail", EVERYONE_SIGNED_IN, f -> accounts.ownEmail());
        add(global, globalCalls, "AccountService.changeOwnEmail", EVERYONE_SIGNED_IN,
                f -> ignoreRefusal(() -> accounts.changeOwnEmail("not an address")));
        add(global, globalCalls, "EmailOutbox.newest", Set.of(SignIn.ADMIN), f -> outbox.newest(0, 10));
        add(global, globalCalls, "EmailOutbox.count", Set.of(SignIn.ADMIN), f -> outbox.count());
        add(global, globalCalls, "EmailOutbox.configured", Set.of(SignIn.ADMIN), f -> outbox.configured());
        add(global, globalCalls, "MeetingService.settings", EVERYONE_SIGNED_IN, f -> meetings.settings());
        // after the meeting: each manager sees their own team's checks (scoped in the query), nobody else any
        Set<String> teamManagers = Set.of(SignIn.MANAGER_NORTH, SignIn.MANAGER_SOUTH);
        add(global, globalCalls, "AfterMeetingService.checkSummary", teamManagers, f -> after.checkSummary(null, null));
        add(global, globalCalls, "AfterMeetingService.recentChecks", teamManagers,
                f -> after.recentChecks(null, null, 0, 10));
        add(global, globalCalls, "AfterMeetingService.countRecentChecks", teamManagers,
                f -> after.countRecentChecks(null, null));

        for (var entry : globalCalls.entrySet()) {
            for (String caller : CALLERS) {
                String cell = entry.getKey() + " as " + caller;
                if (global.get(entry.getKey()).contains(caller)) {
                    expected.add(cell);
                }
                if (succeeds(caller, entry.getValue(), fixtures.get("H"))) {
                    actual.add(cell);
                }
            }
        }

        // Family methods: expected callers per family.
        Map<String, Set<String>> readers = Map.of(
                "H", Set.of(SignIn.MANAGER_NORTH, SignIn.PRACTITIONER_NORTH, SignIn.PRACTITIONER_NORTH_2,
                        SignIn.PARENT_HARPER, SignIn.YOUNG_HARPER),
                "N", Set.of(SignIn.MANAGER_NORTH, SignIn.PRACTITIONER_NORTH, SignIn.PRACTITIONER_NORTH_2),
                "A", Set.of(SignIn.MANAGER_SOUTH, SignIn.PRACTITIONER_SOUTH, SignIn.PARENT_ADEYEMI));
        Map<String, Set<String>> writers = Map.of(
                "H", Set.of(SignIn.MANAGER_NORTH, SignIn.PRACTITIONER_NORTH),
                "N", Set.of(SignIn.MANAGER_NORTH, SignIn.PRACTITIONER_NORTH_2),
                "A", Set.of(SignIn.MANAGER_SOUTH, SignIn.PRACTITIONER_SOUTH));
        Map<String, Set<String>> managers = Map.of(
                "H", Set.of(SignIn.MANAGER_NORTH), "N", Set.of(SignIn.MANAGER_NORTH), "A", Set.of(SignIn.MANAGER_SOUTH));

        Map<String, Map<String, Set<String>>> familyExpected = new LinkedHashMap<>();
        Map<String, Call> familyCalls = new LinkedHashMap<>();
        familyExpected.put("FamilyService.getFamily", readers);
        familyCalls.put("FamilyService.getFamily", f -> families.getFamily(f.id()));
        familyExpected.put("FamilyService.members", readers);
        familyCalls.put("FamilyService.members", f -> families.members(f.id()));
        familyExpected.put("FamilyService.addMember", writers);
        familyCalls.put("FamilyService.addMember",
                f -> families.addMember(f.id(), "Another Member", "Cousin", MemberType.YOUNG_PERSON,
                        LocalDate.of(2014, 3, 3)));
        familyExpected.put("FamilyService.allocate", managers);
        familyCalls.put("FamilyService.allocate", f -> families.allocate(f.id(), f.allocated()));
        familyExpected.put("FamilyService.resetMemberPassword", writers);
        familyCalls.put("FamilyService.resetMemberPassword", f -> families.resetMemberPassword(f.id(), f.joined()));
        familyExpected.put("InvitationService.invite", writers);
        familyCalls.put("InvitationService.invite", f -> invitations.invite(f.id(), f.spareMember()));
        familyExpected.put("InvitationService.invitations", writers);
        familyCalls.put("InvitationService.invitations", f -> invitations.invitations(f.id()));
        familyExpected.put("InvitationService.revoke", writers);
        familyCalls.put("InvitationService.revoke", f -> invitations.revoke(f.id(), f.invitation()));
        // Meetings: the family's worker and manager change them; the team sees them; family members see the
        // meetings they are invited to (every member with an account is invited to the fixture's), only by id
        Map<String, Set<String>> staffReaders = Map.of(
                "H", Set.of(SignIn.MANAGER_NORTH, SignIn.PRACTITIONER_NORTH, SignIn.PRACTITIONER_NORTH_2),
                "N", Set.of(SignIn.MANAGER_NORTH, SignIn.PRACTITIONER_NORTH, SignIn.PRACTITIONER_NORTH_2),
                "A", Set.of(SignIn.MANAGER_SOUTH, SignIn.PRACTITIONER_SOUTH));
        familyExpected.put("MeetingService.meetingsOf", staffReaders);
        familyCalls.put("MeetingService.meetingsOf", f -> meetings.meetingsOf(f.id(), 0, 10));
        familyExpected.put("MeetingService.countMeetingsOf", staffReaders);
        familyCalls.put("MeetingService.countMeetingsOf", f -> meetings.countMeetingsOf(f.id()));
        familyExpected.put("MeetingService.getMeeting", readers);
        familyCalls.put("MeetingService.getMeeting", f -> meetings.getMeeting(f.meeting()));
        familyExpected.put("MeetingService.schedule", writers);
        familyCalls.put("MeetingService.schedule", f -> meetings.schedule(f.id(), meetingPlan(List.of())));
        familyExpected.put("MeetingService.move", writers);
        familyCalls.put("MeetingService.move", f -> ignoreRefusal(() -> meetings.move(f.meeting(), meetingVersion(f),
                clock.instant().plus(java.time.Duration.ofDays(31)), 60, "Matrix Room 2", null)));
        // Contributions: invited family members add and see theirs and the shared ones (in A, parent.adeyemi; in N,
        // no caller is a family member); staff who may read the family see all; only the author changes an item
        Map<String, Set<String>> invitedMembers = Map.of(
                "H", Set.of(SignIn.PARENT_HARPER, SignIn.YOUNG_HARPER), "N", NOBODY, "A", Set.of(SignIn.PARENT_ADEYEMI));
        Map<String, Set<String>> nobody = Map.of("H", NOBODY, "N", NOBODY, "A", NOBODY);
        familyExpected.put("ContributionService.add", invitedMembers);
        familyCalls.put("ContributionService.add", f -> contributions.add(f.meeting(),
                org.familyvoice.meetings.ContributionKind.QUESTION, "matrix question", null, null));
        familyExpected.put("ContributionService.mine", invitedMembers);
        familyCalls.put("ContributionService.mine", f -> contributions.mine(f.meeting()));
        familyExpected.put("ContributionService.visibleToFamily", invitedMembers);
        familyCalls.put("ContributionService.visibleToFamily", f -> contributions.visibleToFamily(f.meeting()));
        familyExpected.put("ContributionService.openForMe", invitedMembers);
        familyCalls.put("ContributionService.openForMe", f -> contributions.openForMe(f.meeting()));
        familyExpected.put("ContributionService.forMeeting", staffReaders);
        familyCalls.put("ContributionService.forMeeting", f -> contributions.forMeeting(f.meeting()));
        familyExpected.put("ContributionService.edit(someone else's)", nobody);
        familyCalls.put("ContributionService.edit(someone else's)", f -> ignoreRefusal(() -> contributions.edit(
                f.joinedItem(), contributionVersion(f.joinedItem()), org.familyvoice.meetings.ContributionKind.QUESTION,
                "matrix: not mine", null, null)));
        familyExpected.put("ContributionService.withdraw(someone else's)", nobody);
        familyCalls.put("ContributionService.withdraw(someone else's)", f -> ignoreRefusal(() -> contributions.withdraw(
                f.joinedItem(), contributionVersion(f.joinedItem()))));
        // After the meeting (the fixture's is 30 days ahead, so an allowed caller gets past access and is told it has
        // not started or ended yet): the family's worker and manager record; the team reads the outcomes and checks;
        // invited members see the plan; invited members and the worker and manager answer the check
        Map<String, Set<String>> checkers = Map.of(
                "H", Set.of(SignIn.MANAGER_NORTH, SignIn.PRACTITIONER_NORTH, SignIn.PARENT_HARPER, SignIn.YOUNG_HARPER),
                "N", Set.of(SignIn.MANAGER_NORTH, SignIn.PRACTITIONER_NORTH_2),
                "A", Set.of(SignIn.MANAGER_SOUTH, SignIn.PRACTITIONER_SOUTH, SignIn.PARENT_ADEYEMI));
        Map<String, Set<String>> statusReaders = Map.of(
                "H", Set.of(SignIn.MANAGER_NORTH, SignIn.PRACTITIONER_NORTH, SignIn.PRACTITIONER_NORTH_2,
                        SignIn.PARENT_HARPER, SignIn.YOUNG_HARPER),
                "N", staffReaders.get("N"),
                "A", Set.of(SignIn.MANAGER_SOUTH, SignIn.PRACTITIONER_SOUTH, SignIn.PARENT_ADEYEMI));
        familyExpected.put("AfterMeetingService.recordOutcome", writers);
        familyCalls.put("AfterMeetingService.recordOutcome", f -> ignoreRefusal(() -> after.recordOutcome(f.meeting(),
                agendaVersion(f), agendaItemOf(f), "matrix outcome")));
        familyExpected.put("AfterMeetingService.addAction", writers);
        familyCalls.put("AfterMeetingService.addAction", f -> ignoreRefusal(() -> after.addAction(f.meeting(),
                agendaVersion(f), "matrix action", "Matrix (worker)", LocalDate.now().plusDays(40))));
        familyExpected.put("AfterMeetingService.removeAction", writers);
        familyCalls.put("AfterMeetingService.removeAction", f -> ignoreRefusal(() -> after.removeAction(f.meeting(),
                agendaVersion(f), new org.familyvoice.meetings.MeetingActionId(Long.MAX_VALUE))));
        familyExpected.put("AfterMeetingService.setNextReview", writers);
        familyCalls.put("AfterMeetingService.setNextReview", f -> ignoreRefusal(() -> after.setNextReview(f.meeting(),
                agendaVersion(f), LocalDate.now().plusDays(90))));
        familyExpected.put("AfterMeetingService.sharePlan", writers);
        familyCalls.put("AfterMeetingService.sharePlan",
                f -> ignoreRefusal(() -> after.sharePlan(f.meeting(), agendaVersion(f))));
        familyExpected.put("AfterMeetingService.outcomes", staffReaders);
        familyCalls.put("AfterMeetingService.outcomes", f -> after.outcomes(f.meeting()));
        familyExpected.put("AfterMeetingService.planForFamily", invitedMembers);
        familyCalls.put("AfterMeetingService.planForFamily", f -> after.planForFamily(f.meeting()));
        familyExpected.put("AfterMeetingService.checkStatus", statusReaders);
        familyCalls.put("AfterMeetingService.checkStatus", f -> after.checkStatus(f.meeting()));
        familyExpected.put("AfterMeetingService.answerCheck", checkers);
        familyCalls.put("AfterMeetingService.answerCheck", f -> ignoreRefusal(() -> after.answerCheck(f.meeting(),
                org.familyvoice.meetings.CheckAnswer.YES, org.familyvoice.meetings.CheckAnswer.YES, null, false)));
        familyExpected.put("AfterMeetingService.checksFor", staffReaders);
        familyCalls.put("AfterMeetingService.checksFor", f -> after.checksFor(f.meeting()));
        // Agenda: the staff who may change the meeting build and publish it (a second writer's call gets past access
        // and is refused for what the first one did); the team reads it; invited family members read the published
        // agenda; the printed copy is for both
        Map<String, Set<String>> agendaReaders = Map.of(
                "H", Set.of(SignIn.MANAGER_NORTH, SignIn.PRACTITIONER_NORTH, SignIn.PRACTITIONER_NORTH_2,
                        SignIn.PARENT_HARPER, SignIn.YOUNG_HARPER),
                "N", Set.of(SignIn.MANAGER_NORTH, SignIn.PRACTITIONER_NORTH, SignIn.PRACTITIONER_NORTH_2),
                "A", Set.of(SignIn.MANAGER_SOUTH, SignIn.PRACTITIONER_SOUTH, SignIn.PARENT_ADEYEMI));
        familyExpected.put("AgendaService.staffAgenda", staffReaders);
        familyCalls.put("AgendaService.staffAgenda", f -> agenda.staffAgenda(f.meeting()));
        familyExpected.put("AgendaService.accept", writers);
        familyCalls.put("AgendaService.accept", f -> ignoreRefusal(() -> agenda.accept(f.joinedItem(), agendaVersion(f))));
        familyExpected.put("AgendaService.merge", writers);
        familyCalls.put("AgendaService.merge", f -> ignoreRefusal(() -> agenda.merge(f.joinedItem(),
                new org.familyvoice.meetings.AgendaItemId(itemQuoting(f)), agendaVersion(f))));
        familyExpected.put("AgendaService.park", writers);
        familyCalls.put("AgendaService.park", f -> ignoreRefusal(() -> agenda.park(f.joinedItem(), agendaVersion(f))));
        familyExpected.put("AgendaService.unpark", writers);
        familyCalls.put("AgendaService.unpark", f -> ignoreRefusal(() -> agenda.unpark(f.joinedItem(), agendaVersion(f))));
        familyExpected.put("AgendaService.addOwn", writers);
        familyCalls.put("AgendaService.addOwn", f -> agenda.addOwn(f.meeting(), agendaVersion(f), "matrix: own item"));
        familyExpected.put("AgendaService.editOwn", writers);
        familyCalls.put("AgendaService.editOwn", f -> agenda.editOwn(matrixItem(f), agendaVersion(f), "matrix: changed"));
        familyExpected.put("AgendaService.moveUp", writers);
        familyCalls.put("AgendaService.moveUp", f -> agenda.moveUp(matrixItem(f), agendaVersion(f)));
        familyExpected.put("AgendaService.moveDown", writers);
        familyCalls.put("AgendaService.moveDown", f -> agenda.moveDown(matrixItem(f), agendaVersion(f)));
        familyExpected.put("AgendaService.youngPersonFirst", writers);
        familyCalls.put("AgendaService.youngPersonFirst", f -> agenda.youngPersonFirst(f.meeting(), agendaVersion(f)));
        familyExpected.put("AgendaService.remove", writers);
        familyCalls.put("AgendaService.remove", f -> agenda.remove(matrixItem(f), agendaVersion(f)));
        familyExpected.put("AgendaService.familyAgenda", invitedMembers);
        familyCalls.put("AgendaService.familyAgenda", f -> agenda.familyAgenda(f.meeting()));
        familyExpected.put("AgendaService.publish", writers);
        familyCalls.put("AgendaService.publish", f -> ignoreRefusal(() -> agenda.publish(f.meeting(), agendaVersion(f))));
        familyExpected.put("AgendaService.printable", agendaReaders);
        familyCalls.put("AgendaService.printable", f -> agenda.printable(f.meeting()));
        // after the first allowed caller it is cancelled already: later allowed callers get past access and are
        // refused for that reason instead
        familyExpected.put("MeetingService.cancel", writers);
        familyCalls.put("MeetingService.cancel",
                f -> ignoreRefusal(() -> meetings.cancel(f.meeting(), meetingVersion(f), "matrix")));

        for (var entry : familyCalls.entrySet()) {
            for (var family : fixtures.entrySet()) {
                for (String caller : CALLERS) {
                    String cell = entry.getKey() + "(" + family.getKey() + ") as " + caller;
                    if (familyExpected.get(entry.getKey()).get(family.getKey()).contains(caller)) {
                        expected.add(cell);
                    }
                    if (succeeds(caller, entry.getValue(), family.getValue())) {
                        actual.add(cell);
                    }
                }
            }
        }

        assertSameCells(expected, actual);
        assertThat(expected).hasSizeGreaterThan(60);
    }

    /**
     * Fails, naming the cells, when a call that must be refused was allowed or one that must be allowed was refused
     * (shared by the matrices of this package).
     */
    static void assertSameCells(java.util.Collection<String> expected, java.util.Collection<String> actual) {
        List<String> unexpectedlyAllowed = new ArrayList<>(actual);
        unexpectedlyAllowed.removeAll(expected);
        List<String> unexpectedlyDenied = new ArrayList<>(expected);
        unexpectedlyDenied.removeAll(actual);
        assertThat(unexpectedlyAllowed).as("cells that must be refused but were allowed").isEmpty();
        assertThat(unexpectedlyDenied).as("cells that must be allowed but were refused").isEmpty();
    }

    private static Set<String> staffOnTeams() {
        return Set.of(SignIn.MANAGER_NORTH, SignIn.MANAGER_SOUTH, SignIn.PRACTITIONER_NORTH,
                SignIn.PRACTITIONER_NORTH_2, SignIn.PRACTITIONER_SOUTH);
    }

    private void createFamilyAsCaller() {
        UserId practitioner = families.allocatablePractitioners().getFirst().id();
        families.createFamily("MX-" + counter.incrementAndGet() + "-" + (System.nanoTime() % 100000),
                "Matrix family", practitioner);
    }

    private static void ignoreRefusal(Runnable call) {
        try {
            call.run();
        } catch (UserFacingException refusedForAnotherReason) {
            // got past access control: the refusal is about the input, which is what this call sends
        }
    }

    private static void add(Map<String, Set<String>> expected, Map<String, Call> calls, String name, Set<String> who,
                            Call call) {
        expected.put(name, who);
        calls.put(name, call);
    }

    private boolean succeeds(String caller, Call call, Fixture fixture) {
        if (caller.equals("anonymous")) {
            SignIn.out();
        } else {
            signIn.as(caller);
        }
        try {
            call.run(fixture);
            return true;
        } catch (AccessDeniedException | AuthenticationException denied) {
            return false;
        } finally {
            SignIn.out();
        }
    }
}

package org.familyvoice.meetings;

import org.familyvoice.base.FamilyId;
import org.familyvoice.base.Roles;
import org.familyvoice.base.StorableText;
import org.familyvoice.base.TeamId;
import org.familyvoice.base.UserFacingException;
import org.familyvoice.base.UserId;
import org.familyvoice.base.audit.AuditAction;
import org.familyvoice.base.audit.AuditLog;
import org.familyvoice.base.security.CurrentUser;
import org.familyvoice.base.security.FamilyVoiceUser;
import org.familyvoice.families.AccessPolicy;
import org.familyvoice.families.FamilyAccess;
import org.familyvoice.feedback.SafeguardingService;
import org.familyvoice.feedback.TextToScreen;
import org.familyvoice.meetings.repository.AfterMeetingRepository;
import org.familyvoice.meetings.repository.AfterMeetingRepository.CheckRow;
import org.familyvoice.meetings.repository.AfterMeetingRepository.ItemRow;
import org.familyvoice.meetings.repository.AfterMeetingRepository.MeetingFacts;
import org.familyvoice.meetings.repository.AfterMeetingRepository.QuoteRow;
import org.familyvoice.meetings.repository.MeetingRepository;
import org.familyvoice.meetings.repository.MeetingRow;
import org.familyvoice.notifications.NotificationService;
import org.familyvoice.privacy.ConsentOrigin;
import org.familyvoice.privacy.ConsentPurpose;
import org.familyvoice.privacy.ConsentRecords;
import org.familyvoice.privacy.ConsentWording;
import org.familyvoice.themes.SaidText;
import org.familyvoice.themes.VoiceOrigin;
import org.familyvoice.themes.VoiceRecorder;
import org.familyvoice.themes.VoiceSource;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * After the meeting: what was decided and how it went. Who may do what:
 * <ul>
 *   <li>staff who may change the meeting (the family's practitioner, their team's manager), once it has started and
 *       unless it was cancelled: record an outcome per agenda item, the actions agreed and the next review date, and
 *       share the plan with the family. Every change is made against the agenda version the person saw;</li>
 *   <li>staff who may read the family: see the outcomes and everybody's post-meeting checks;</li>
 *   <li>invited family members: see the plan in plain language once shared, with only the words they may see;</li>
 *   <li>once the meeting has ended, each invited family member and the staff who may change it answer the
 *       post-meeting check once;</li>
 *   <li>a manager: the checks of their own team's meetings, per meeting and in aggregate;</li>
 *   <li>an administrator: nothing.</li>
 * </ul>
 * A meeting someone may not reach and one that does not exist look the same.
 */
@Service
public class AfterMeetingService {

    public static final int MAX_OUTCOME = 2000;
    public static final int MAX_ACTION = 1000;
    public static final int MAX_OWNER = 120;
    public static final int MAX_COMMENT = 2000;
    public static final int MAX_ACTIONS = 40;
    public static final int DEFAULT_PERIOD_DAYS = 90;
    /** How far after the meeting an action or the next review can be: further is almost certainly a mistyped year. */
    static final int FURTHEST_YEARS = 2;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    private final AfterMeetingRepository repository;
    private final MeetingRepository meetings;
    private final AccessPolicy policy;
    private final SafeguardingService safeguarding;
    private final NotificationService notifications;
    private final MeetingSettings settings;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    private final VoiceRecorder voices;
    private final ConsentRecords consents;

    AfterMeetingService(AfterMeetingRepository repository, MeetingRepository meetings, AccessPolicy policy,
                        SafeguardingService safeguarding, NotificationService notifications, MeetingSettings settings,
                        CurrentUser currentUser, AuditLog audit, Clock clock, VoiceRecorder voices,
                        ConsentRecords consents) {
        this.consents = consents;
        this.repository = repository;
        this.voices = voices;
        this.meetings = meetings;
        this.policy = policy;
        this.safeguarding = safeguarding;
        this.notifications = notifications;
        this.settings = settings;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- recording (staff who may change the meeting)

    /** Records (or, with a blank text, clears) the outcome of one agenda item; returns the new agenda version. */
    @PreAuthorize("hasAnyRole('PRACTITIONER', 'MANAGER')")
    @Transactional
    public long recordOutcome(MeetingId meetingId, long seenAgendaVersion, AgendaItemId itemId,
                              @Nullable String outcome) {
        MeetingFacts meeting = writable(meetingId);
        if (!repository.itemBelongsTo(itemId.value(), meeting.id())) {
            throw deny("agenda-item:" + itemId, "not on meeting " + meetingId);
        }
        requireRecordable(meeting);
        String text = outcome == null || outcome.isBlank() ? null : outcome;
        if (text != null) {
            if (text.length() > MAX_OUTCOME) {
                throw new UserFacingException("after.error.outcome-too-long", MAX_OUTCOME, text.length());
            }
            StorableText.require(text, true, MeetingService.HIDDEN_CHARACTERS);
        }
        long version = bump(meeting, seenAgendaVersion);
        repository.setOutcome(itemId.value(), text);
        audit.record(AuditAction.MEETING_OUTCOME_RECORDED, "agenda-item:" + itemId,
                "meeting:" + meetingId + (text == null ? " cleared" : ""));
        return version;
    }

    /** Adds an action agreed at the meeting; returns the new agenda version. */
    @PreAuthorize("hasAnyRole('PRACTITIONER', 'MANAGER')")
    @Transactional
    public long addAction(MeetingId meetingId, long seenAgendaVersion, @Nullable String what, @Nullable String who,
                          @Nullable LocalDate dueOn) {
        MeetingFacts meeting = writable(meetingId);
        requireRecordable(meeting);
        String action = what == null ? "" : what.strip();
        String owner = who == null ? "" : who.strip();
        if (action.isEmpty()) {
            throw new UserFacingException("after.error.action-what");
        }
        if (action.length() > MAX_ACTION) {
            throw new UserFacingException("after.error.action-what-too-long", MAX_ACTION, action.length());
        }
        StorableText.require(action, true, MeetingService.HIDDEN_CHARACTERS);
        if (owner.isEmpty() || owner.length() > MAX_OWNER) {
            throw new UserFacingException("after.error.action-who", MAX_OWNER);
        }
        StorableText.require(owner, false, MeetingService.HIDDEN_CHARACTERS);
        LocalDate day = meetingDay(meeting);
        if (dueOn == null) {
            throw new UserFacingException("after.error.action-when");
        }
        if (dueOn.isBefore(day)) {
            throw new UserFacingException("after.error.action-before-meeting");
        }
        if (dueOn.isAfter(day.plusYears(FURTHEST_YEARS))) {
            throw new UserFacingException("after.error.too-far");
        }
        if (repository.countActions(meeting.id()) >= MAX_ACTIONS) {
            throw new UserFacingException("after.error.too-many-actions", MAX_ACTIONS);
        }
        long version = bump(meeting, seenAgendaVersion);
        long id = repository.addAction(meeting.id(), action, owner, dueOn, currentUser.require().id().value(),
                clock.instant());
        audit.record(AuditAction.MEETING_ACTION_ADDED, "meeting-action:" + id, "meeting:" + meetingId + " due " + dueOn);
        return version;
    }

    /** Takes an action off the plan; returns the new agenda version. */
    @PreAuthorize("hasAnyRole('PRACTITIONER', 'MANAGER')")
    @Transactional
    public long removeAction(MeetingId meetingId, long seenAgendaVersion, MeetingActionId actionId) {
        MeetingFacts meeting = writable(meetingId);
        requireRecordable(meeting);
        long version = bump(meeting, seenAgendaVersion);
        if (!repository.removeAction(meeting.id(), actionId.value())) {
            throw deny("meeting-action:" + actionId, "not on meeting " + meetingId);
        }
        audit.record(AuditAction.MEETING_ACTION_REMOVED, "meeting-action:" + actionId, "meeting:" + meetingId);
        return version;
    }

    /** Sets the date of the next review, after the meeting day; returns the new agenda version. */
    @PreAuthorize("hasAnyRole('PRACTITIONER', 'MANAGER')")
    @Transactional
    public long setNextReview(MeetingId meetingId, long seenAgendaVersion, @Nullable LocalDate on) {
        MeetingFacts meeting = writable(meetingId);
        requireRecordable(meeting);
        LocalDate day = meetingDay(meeting);
        if (on == null) {
            throw new UserFacingException("after.error.review-when");
        }
        if (!on.isAfter(day)) {
            throw new UserFacingException("after.error.review-not-after");
        }
        if (on.isAfter(day.plusYears(FURTHEST_YEARS))) {
            throw new UserFacingException("after.error.too-far");
        }
        long version = bump(meeting, seenAgendaVersion);
        repository.setNextReview(meeting.id(), on);
        audit.record(AuditAction.MEETING_REVIEW_SET, "meeting:" + meetingId, "next review " + on);
        return version;
    }

    /**
     * Shares the plan with the family: the first time, each invited family member with an account is told it is
     * ready and asked how the meeting went. Changes made afterwards show to the family straight away.
     */
    @PreAuthorize("hasAnyRole('PRACTITIONER', 'MANAGER')")
    @Transactional
    public long sharePlan(MeetingId meetingId, long seenAgendaVersion) {
        MeetingFacts meeting = writable(meetingId);
        requireRecordable(meeting);
        if (!repository.anythingRecorded(meeting.id())) {
            throw new UserFacingException("after.error.nothing-to-share");
        }
        long version = bump(meeting, seenAgendaVersion);
        if (repository.markShared(meeting.id(), clock.instant())) {
            String day = DAY.withZone(settings.zone()).format(meeting.startsAt());
            for (Long user : repository.invitedUsers(meeting.id())) {
                notifications.send(new UserId(user), "notification.plan-shared", day, "meetings/" + meetingId);
            }
            audit.record(AuditAction.MEETING_PLAN_SHARED, "meeting:" + meetingId, null);
        }
        return version;
    }

    // ---------------------------------------------------------------- reading the plan

    /** The outcomes, actions and review as recorded so far, with every quote and who wrote it: for staff. */
    @PreAuthorize("hasAnyRole('PRACTITIONER', 'MANAGER')")
    @Transactional(readOnly = true)
    public MeetingOutcomes outcomes(MeetingId meetingId) {
        MeetingFacts meeting = staffReadable(meetingId);
        boolean editable = policy.accessTo(new FamilyId(meeting.familyId())).canWrite() && recordable(meeting);
        audit.recordRead(meeting.familyId(), AuditAction.MEETING_OUTCOMES_VIEWED, "meeting:" + meetingId, null);
        return toOutcomes(meeting, repository.items(meeting.id()), repository.quotes(meeting.id()), editable);
    }

    /**
     * The plan as an invited family member may see it, once shared (empty before): the practitioner's items and those
     * quoting at least one of the caller's own or shared words, with only those words. Another person's words for
     * the worker only are never included.
     */
    @PreAuthorize("hasAnyRole('PARENT', 'YOUNG_PERSON')")
    @Transactional(readOnly = true)
    public Optional<MeetingOutcomes> planForFamily(MeetingId meetingId) {
        MeetingFacts meeting = invited(meetingId);
        if (meeting.planSharedAt() == null || cancelled(meeting)) {
            return Optional.empty();
        }
        long me = currentUser.require().id().value();
        return Optional.of(toOutcomes(meeting, repository.itemsVisibleTo(meeting.id(), me),
                repository.quotesVisibleTo(meeting.id(), me), false));
    }

    // ---------------------------------------------------------------- the post-meeting check

    /** Whether the caller is asked how the meeting went, and whether they can answer now or have answered. */
    @PreAuthorize("hasAnyRole('PARENT', 'YOUNG_PERSON', 'PRACTITIONER', 'MANAGER')")
    @Transactional(readOnly = true)
    public CheckStatus checkStatus(MeetingId meetingId) {
        FamilyVoiceUser me = currentUser.require();
        MeetingFacts meeting;
        if (Roles.isFamilyRole(me.role())) {
            meeting = invited(meetingId);
        } else {
            meeting = staffReadable(meetingId);
            if (!policy.accessTo(new FamilyId(meeting.familyId())).canWrite()) {
                return CheckStatus.NOT_ASKED;
            }
        }
        if (cancelled(meeting)) {
            return CheckStatus.NOT_ASKED;
        }
        if (repository.hasAnswered(meeting.id(), me.id().value())) {
            return CheckStatus.ANSWERED;
        }
        return ended(meeting) ? CheckStatus.OPEN : CheckStatus.NOT_ENDED;
    }

    /**
     * Answers the post-meeting check, once. A family member's comment is screened for a possible disclosure; returns
     * true when it raised an alert for the duty team.
     */
    @PreAuthorize("hasAnyRole('PARENT', 'YOUNG_PERSON', 'PRACTITIONER', 'MANAGER')")
    @Transactional
    public boolean answerCheck(MeetingId meetingId, @Nullable CheckAnswer listenedTo, @Nullable CheckAnswer knowsNext,
                               @Nullable String comment, boolean mayUseForImprovement) {
        FamilyVoiceUser me = currentUser.require();
        boolean family = Roles.isFamilyRole(me.role());
        MeetingFacts meeting = family ? invited(meetingId) : writable(meetingId);
        if (cancelled(meeting)) {
            throw new UserFacingException("check.error.cancelled");
        }
        if (!ended(meeting)) {
            throw new UserFacingException("check.error.not-ended");
        }
        if (listenedTo == null) {
            throw new UserFacingException("check.error.listened");
        }
        if (knowsNext == null) {
            throw new UserFacingException("check.error.next");
        }
        String text = comment == null || comment.isBlank() ? null : comment;
        if (text != null) {
            if (text.length() > MAX_COMMENT) {
                throw new UserFacingException("check.error.comment-too-long", MAX_COMMENT, text.length());
            }
            StorableText.require(text, true, MeetingService.HIDDEN_CHARACTERS);
        }
        if (repository.hasAnswered(meeting.id(), me.id().value())) {
            throw new UserFacingException("check.error.answered");
        }
        Respondent respondent = !family ? Respondent.PRACTITIONER
                : me.hasRole(Roles.YOUNG_PERSON) ? Respondent.CHILD : Respondent.PARENT;
        long id;
        try {
            id = repository.insertCheck(meeting.id(), me.id().value(), respondent.name(), listenedTo.name(),
                    knowsNext.name(), text, mayUseForImprovement, clock.instant());
        } catch (DuplicateKeyException doubleClick) {
            throw new UserFacingException("check.error.answered");
        }
        boolean flagged = false;
        if (family && text != null) {
            FamilyAccess access = policy.accessTo(new FamilyId(meeting.familyId()));
            String label = me.displayName() + (respondent == Respondent.CHILD ? " (young person)" : " (parent or carer)");
            flagged = safeguarding.screenAndRaise(new TextToScreen("meeting-check", id, access.familyId(),
                    access.teamId(), me.id(), label, text)).flagged();
            if (flagged) {
                repository.flagCheck(id);
            }
            consents.record(me.id(), ConsentOrigin.MEETING_CHECK, id, ConsentPurpose.IMPROVEMENT_USE,
                    mayUseForImprovement, ConsentWording.MEETING_CHECK);
            if (mayUseForImprovement) {
                String type = meetings.findById(meeting.id()).map(MeetingRow::meetingType).orElse(null);
                voices.record(new SaidText(VoiceOrigin.MEETING_CHECK, id, access.familyId(), access.teamId(),
                        respondent == Respondent.CHILD ? VoiceSource.YOUNG_PERSON : VoiceSource.PARENT, type,
                        "user:" + me.id().value(), me.id(), false, clock.instant(), text, List.of(me.displayName())));
            }
        }
        audit.record(AuditAction.MEETING_CHECK_ANSWERED, "meeting:" + meetingId, respondent.name());
        return flagged;
    }

    /** Everybody's answers about one meeting, child first: for staff who may read the family. */
    @PreAuthorize("hasAnyRole('PRACTITIONER', 'MANAGER')")
    @Transactional
    public List<MeetingCheck> checksFor(MeetingId meetingId) {
        MeetingFacts meeting = staffReadable(meetingId);
        List<MeetingCheck> checks = repository.checks(List.of(meeting.id())).stream()
                .map(AfterMeetingService::toCheck).toList();
        if (!checks.isEmpty()) {
            audit.recordRead(meeting.familyId(), AuditAction.MEETING_CHECKS_VIEWED, "meeting:" + meetingId, null);
        }
        return checks;
    }

    /**
     * The manager's own team's checks for meetings held from {@code from} to {@code to} (both included; by default
     * the last {@value #DEFAULT_PERIOD_DAYS} days): per side, how many answered and the share of each answer. A side
     * answered by fewer than {@value CheckSummary#MIN_RESPONDENTS} distinct people gives no figures at all.
     */
    @PreAuthorize("hasRole('MANAGER')")
    @Transactional(readOnly = true)
    public CheckSummary checkSummary(@Nullable LocalDate from, @Nullable LocalDate to) {
        Period p = period(from, to);
        long team = myTeam().value();
        Map<String, AfterMeetingRepository.SideCounts> counts = new java.util.HashMap<>();
        repository.sideCounts(team, p.start(), p.end()).forEach(c -> counts.put(c.respondent(), c));
        List<AfterMeetingRepository.AnswerCount> answers = repository.answerCounts(team, p.start(), p.end());
        List<CheckSummary.Side> sides = new ArrayList<>();
        for (Respondent side : Respondent.values()) {
            var c = counts.get(side.name());
            if (c == null || c.people() < CheckSummary.MIN_RESPONDENTS) {
                sides.add(CheckSummary.Side.suppressed(side));
                continue;
            }
            sides.add(new CheckSummary.Side(side, false, c.answered(), shares(answers, side, "LISTENED", c.answered()),
                    shares(answers, side, "NEXT", c.answered())));
        }
        return new CheckSummary(p.from(), p.to(), sides);
    }

    /** The manager's own team's meetings in the period with at least one check, newest first, a page at a time. */
    @PreAuthorize("hasRole('MANAGER')")
    @Transactional(readOnly = true)
    public List<MeetingCheckOverview> recentChecks(@Nullable LocalDate from, @Nullable LocalDate to, long offset,
                                                   int limit) {
        Period p = period(from, to);
        var heads = repository.meetingsWithChecks(myTeam().value(), p.start(), p.end(), offset, limit);
        Map<Long, List<MeetingCheck>> byMeeting = new java.util.HashMap<>();
        for (CheckRow row : repository.checks(heads.stream().map(AfterMeetingRepository.MeetingHead::id).toList())) {
            byMeeting.computeIfAbsent(row.meetingId(), k -> new ArrayList<>()).add(toCheck(row));
        }
        audit.recordPageRead(AuditAction.MEETING_CHECKS_VIEWED, "meetings:" + String.join(",",
                heads.stream().map(h -> String.valueOf(h.id())).toList()), List.of(), heads.size());
        return heads.stream().map(h -> new MeetingCheckOverview(new MeetingId(h.id()), h.familyName(),
                MeetingType.valueOf(h.type()), h.startsAt(), byMeeting.getOrDefault(h.id(), List.of()))).toList();
    }

    @PreAuthorize("hasRole('MANAGER')")
    @Transactional(readOnly = true)
    public int countRecentChecks(@Nullable LocalDate from, @Nullable LocalDate to) {
        Period p = period(from, to);
        return repository.countMeetingsWithChecks(myTeam().value(), p.start(), p.end());
    }

    // ---------------------------------------------------------------- access

    private MeetingFacts found(MeetingId id) {
        MeetingFacts row = repository.facts(id.value()).orElse(null);
        if (row == null) {
            throw deny("meeting:" + id, "no such meeting");
        }
        return row;
    }

    /** The meeting, if the caller is staff who may read its family. */
    private MeetingFacts staffReadable(MeetingId id) {
        MeetingFacts row = found(id);
        if (Roles.isFamilyRole(currentUser.require().role())) {
            throw deny("meeting:" + id, "staff only");
        }
        policy.requireRead(new FamilyId(row.familyId()));
        return row;
    }

    /** The meeting, if the caller is staff who may change it (the family's practitioner or their manager). */
    private MeetingFacts writable(MeetingId id) {
        MeetingFacts row = found(id);
        if (Roles.isFamilyRole(currentUser.require().role())) {
            throw deny("meeting:" + id, "family members cannot change meetings");
        }
        policy.requireWrite(new FamilyId(row.familyId()));
        return row;
    }

    /** The meeting, if the caller is a member of its family invited to it. */
    private MeetingFacts invited(MeetingId id) {
        MeetingFacts row = found(id);
        FamilyVoiceUser me = currentUser.require();
        if (!Roles.isFamilyRole(me.role())) {
            throw deny("meeting:" + id, "family members only");
        }
        policy.requireRead(new FamilyId(row.familyId()));
        if (meetings.countInvitations(id.value(), me.id().value()) == 0) {
            throw deny("meeting:" + id, "not invited");
        }
        return row;
    }

    private TeamId myTeam() {
        TeamId team = currentUser.require().teamId();
        if (team == null) {
            throw deny("meeting-checks", "no team");
        }
        return team;
    }

    private AccessDeniedException deny(String target, String why) {
        audit.recordSecurityEvent(null, AuditAction.ACCESS_DENIED, target, why);
        return new AccessDeniedException("no access to " + target + ": " + why);
    }

    // ---------------------------------------------------------------- rules

    private static boolean cancelled(MeetingFacts meeting) {
        return meeting.status().equals(MeetingStatus.CANCELLED.name());
    }

    private boolean recordable(MeetingFacts meeting) {
        return !cancelled(meeting) && !meeting.startsAt().isAfter(clock.instant());
    }

    private boolean ended(MeetingFacts meeting) {
        return !meeting.endsAt().isAfter(clock.instant());
    }

    private void requireRecordable(MeetingFacts meeting) {
        if (cancelled(meeting)) {
            throw new UserFacingException("after.error.cancelled");
        }
        if (meeting.startsAt().isAfter(clock.instant())) {
            throw new UserFacingException("after.error.not-started");
        }
    }

    private LocalDate meetingDay(MeetingFacts meeting) {
        return LocalDate.ofInstant(meeting.startsAt(), settings.zone());
    }

    /** Raises the agenda version from the one the caller saw; someone else's change in between refuses this one. */
    private long bump(MeetingFacts meeting, long seen) {
        if (!repository.bumpAgendaVersion(meeting.id(), seen)) {
            throw new UserFacingException("agenda.error.changed");
        }
        return seen + 1;
    }

    private record Period(LocalDate from, LocalDate to, Instant start, Instant end) {
    }

    private Period period(@Nullable LocalDate from, @Nullable LocalDate to) {
        LocalDate last = to != null ? to : LocalDate.ofInstant(clock.instant(), settings.zone());
        LocalDate first = from != null ? from : last.minusDays(DEFAULT_PERIOD_DAYS);
        if (first.isAfter(last)) {
            throw new UserFacingException("checks.error.period");
        }
        return new Period(first, last, first.atStartOfDay(settings.zone()).toInstant(),
                last.plusDays(1).atStartOfDay(settings.zone()).toInstant());
    }

    private static Map<CheckAnswer, Integer> shares(List<AfterMeetingRepository.AnswerCount> counts, Respondent side,
                                                    String question, int total) {
        Map<CheckAnswer, Integer> result = new EnumMap<>(CheckAnswer.class);
        for (CheckAnswer a : CheckAnswer.values()) {
            result.put(a, 0);
        }
        for (var c : counts) {
            if (c.respondent().equals(side.name()) && c.question().equals(question)) {
                result.put(CheckAnswer.valueOf(c.answer()), (int) Math.round(100.0 * c.count() / total));
            }
        }
        return result;
    }

    // ---------------------------------------------------------------- mapping

    private MeetingOutcomes toOutcomes(MeetingFacts meeting, List<ItemRow> items, List<QuoteRow> quotes,
                                       boolean editable) {
        long me = currentUser.require().id().value();
        Map<Long, List<PlanQuote>> byItem = new java.util.HashMap<>();
        for (QuoteRow q : quotes) {
            byItem.computeIfAbsent(q.itemId(), k -> new ArrayList<>()).add(new PlanQuote(q.text(), q.authorName(),
                    Roles.YOUNG_PERSON.equals(q.authorRole()), q.authorId() == me,
                    Visibility.WORKER_ONLY.name().equals(q.visibleTo())));
        }
        Function<String, @Nullable ContributionKind> kind = k -> "STAFF".equals(k) ? null : ContributionKind.valueOf(k);
        List<PlanItem> planItems = items.stream().map(i -> new PlanItem(new AgendaItemId(i.id()), kind.apply(i.kind()),
                i.origin().equals("PRACTITIONER") ? Objects.requireNonNullElse(i.staffText(), "") : null,
                byItem.getOrDefault(i.id(), List.of()), i.outcome())).toList();
        List<PlanAction> actions = repository.actions(meeting.id()).stream()
                .map(a -> new PlanAction(new MeetingActionId(a.id()), a.what(), a.who(), a.dueOn())).toList();
        return new MeetingOutcomes(new MeetingId(meeting.id()), meetingDay(meeting), planItems, actions,
                meeting.nextReviewOn(), meeting.planSharedAt(), meeting.agendaVersion(), editable);
    }

    private static MeetingCheck toCheck(CheckRow r) {
        return new MeetingCheck(Respondent.valueOf(r.respondent()), r.name(), CheckAnswer.valueOf(r.listenedTo()),
                CheckAnswer.valueOf(r.knowsNext()), r.comment(), r.mayUse(), r.flagged(), r.answeredAt());
    }
}

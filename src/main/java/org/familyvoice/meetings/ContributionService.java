package org.familyvoice.meetings;

import org.familyvoice.base.FamilyId;
import org.familyvoice.base.Roles;
import org.familyvoice.base.StorableText;
import org.familyvoice.base.UserFacingException;
import org.familyvoice.base.audit.AuditAction;
import org.familyvoice.base.audit.AuditLog;
import org.familyvoice.base.security.CurrentUser;
import org.familyvoice.base.security.FamilyVoiceUser;
import org.familyvoice.families.AccessPolicy;
import org.familyvoice.families.FamilyAccess;
import org.familyvoice.feedback.SafeguardingService;
import org.familyvoice.feedback.Screening;
import org.familyvoice.feedback.TextToScreen;
import org.familyvoice.meetings.repository.AgendaStore;
import org.familyvoice.meetings.repository.ContributionRepository;
import org.familyvoice.meetings.repository.ContributionRow;
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
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What invited family members want to talk about at a meeting. Who may do what:
 * <ul>
 *   <li>a parent, carer or young person invited to the meeting: add items while the meeting is open for them (not
 *       cancelled, agenda not published, before the contributions close), change or withdraw their own;</li>
 *   <li>they see their own items and the other family members' items shared with everyone, never another person's
 *       items for the worker only;</li>
 *   <li>staff who may read the family (the allocated practitioner, their team, their manager): every item, with who
 *       wrote it;</li>
 *   <li>an administrator: nothing.</li>
 * </ul>
 * Every text is screened for possible disclosures in the transaction that saves it. An item shared with everyone whose
 * author allowed it to be used, without their name, to improve services is handed to the themes
 * ({@link VoiceRecorder}) in that transaction too, and taken out again when that stops being true.
 */
@Service
public class ContributionService {

    public static final int MAX_TEXT = 2000;

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    private final ContributionRepository contributions;
    private final MeetingRepository meetings;
    private final AccessPolicy policy;
    private final SafeguardingService safeguarding;
    private final NotificationService notifications;
    private final MeetingSettings settings;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final AgendaStore agenda;
    private final ApplicationEventPublisher events;
    private final VoiceRecorder voices;
    private final ConsentRecords consents;

    ContributionService(ContributionRepository contributions, MeetingRepository meetings, AccessPolicy policy,
                        SafeguardingService safeguarding, NotificationService notifications, MeetingSettings settings,
                        CurrentUser currentUser, AuditLog audit, JdbcClient jdbc, Clock clock, AgendaStore agenda,
                        ApplicationEventPublisher events, VoiceRecorder voices, ConsentRecords consents) {
        this.events = events;
        this.consents = consents;
        this.voices = voices;
        this.contributions = contributions;
        this.meetings = meetings;
        this.policy = policy;
        this.safeguarding = safeguarding;
        this.notifications = notifications;
        this.settings = settings;
        this.currentUser = currentUser;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
        this.agenda = agenda;
    }

    // ---------------------------------------------------------------- changes (invited family members)

    /**
     * Adds an item. A young person chooses how it is heard and who sees it; a parent or carer says it themselves
     * and shares it with everyone unless they choose "only my social worker". {@code null} choices take those
     * defaults.
     */
    @PreAuthorize("hasAnyRole('PARENT', 'YOUNG_PERSON')")
    @Transactional
    public ContributionId add(MeetingId meetingId, @Nullable ContributionKind kind, @Nullable String text,
                              @Nullable HeardBy heardBy, @Nullable Visibility visibleTo) {
        return add(meetingId, kind, text, heardBy, visibleTo, false);
    }

    /**
     * Adds an item, as {@link #add(MeetingId, ContributionKind, String, HeardBy, Visibility)}. When the author allows
     * it to be used, without their name, to improve services ({@code mayUseForImprovement}) and shares it with
     * everyone, its words are tagged and counted for the themes in the same transaction; an item only for the social
     * worker never is.
     */
    @PreAuthorize("hasAnyRole('PARENT', 'YOUNG_PERSON')")
    @Transactional
    public ContributionId add(MeetingId meetingId, @Nullable ContributionKind kind, @Nullable String text,
                              @Nullable HeardBy heardBy, @Nullable Visibility visibleTo, boolean mayUseForImprovement) {
        FamilyVoiceUser me = currentUser.require();
        MeetingRow meeting = invitedTo(meetingId);
        Checked c = check(me, kind, text, heardBy, visibleTo);
        requireOpen(meeting);
        Instant now = clock.instant();
        ContributionRow row = contributions.save(new ContributionRow(null, meetingId.value(), me.id().value(),
                c.kind().name(), c.text(), c.heardBy().name(), c.visibleTo().name(), "ACTIVE", now, now, false,
                mayUseForImprovement, null));
        long id = Objects.requireNonNull(row.id());
        FamilyAccess family = policy.accessTo(new FamilyId(meeting.familyId()));
        if (screen(me, family, id, c.text())) {
            contributions.save(row.withFlagged(true));
        }
        forThemes(me, row, meeting, family);
        recordConsent(me, id, mayUseForImprovement);
        audit.record(AuditAction.CONTRIBUTION_ADDED, "contribution:" + id,
                "meeting:" + meetingId + " " + c.kind() + " " + c.visibleTo()
                        + (mayUseForImprovement ? " may-use" : ""));
        notifications.send(family.allocatedPractitionerId(), "notification.contribution-added",
                WHEN.withZone(settings.zone()).format(meeting.startsAt()), "meetings/" + meetingId);
        events.publishEvent(new ContributionChanged(meetingId)); // staff pages showing the meeting, after commit
        return new ContributionId(id);
    }

    /** Changes the caller's own item, as they last saw it ({@code seenVersion}), while the meeting is open for them. */
    @PreAuthorize("hasAnyRole('PARENT', 'YOUNG_PERSON')")
    @Transactional
    public Contribution edit(ContributionId id, long seenVersion, @Nullable ContributionKind kind, @Nullable String text,
                             @Nullable HeardBy heardBy, @Nullable Visibility visibleTo) {
        return edit(id, seenVersion, kind, text, heardBy, visibleTo, false);
    }

    /**
     * Changes the caller's own item, as {@link #edit(ContributionId, long, ContributionKind, String, HeardBy,
     * Visibility)}, including whether it may be used for improvement. Its words are tagged again when it is still
     * shared with everyone and allowed; taking the permission back or making it "only my social worker" takes the
     * words out of the themes and their counts, in the same transaction.
     */
    @PreAuthorize("hasAnyRole('PARENT', 'YOUNG_PERSON')")
    @Transactional
    public Contribution edit(ContributionId id, long seenVersion, @Nullable ContributionKind kind, @Nullable String text,
                             @Nullable HeardBy heardBy, @Nullable Visibility visibleTo, boolean mayUseForImprovement) {
        FamilyVoiceUser me = currentUser.require();
        ContributionRow row = own(id);
        MeetingRow meeting = invitedTo(new MeetingId(row.meetingId()));
        Checked c = check(me, kind, text, heardBy, visibleTo);
        requireChangeable(row, seenVersion, meeting);
        FamilyAccess family = policy.accessTo(new FamilyId(meeting.familyId()));
        boolean flagged = screen(me, family, id.value(), c.text()) || row.flagged();
        ContributionRow saved = save(row.edited(c.kind().name(), c.text(), c.heardBy().name(), c.visibleTo().name(),
                mayUseForImprovement, clock.instant(), flagged, seenVersion));
        forThemes(me, saved, meeting, family);
        recordConsent(me, id.value(), mayUseForImprovement);
        audit.record(AuditAction.CONTRIBUTION_EDITED, "contribution:" + id,
                "meeting:" + row.meetingId() + " " + c.kind() + " " + c.visibleTo()
                        + (mayUseForImprovement ? " may-use" : ""));
        events.publishEvent(new ContributionChanged(new MeetingId(row.meetingId())));
        return toContributions(List.of(saved), false).getFirst();
    }

    /**
     * Withdraws the caller's own item, as they last saw it, while the meeting is open for them. It leaves the agenda
     * being built too (an agenda item that quoted only it goes), and the agenda version rises.
     */
    @PreAuthorize("hasAnyRole('PARENT', 'YOUNG_PERSON')")
    @Transactional
    public void withdraw(ContributionId id, long seenVersion) {
        ContributionRow row = own(id);
        MeetingRow meeting = invitedTo(new MeetingId(row.meetingId()));
        requireChangeable(row, seenVersion, meeting);
        save(row.withdrawn(clock.instant(), seenVersion));
        agenda.takeOff(id.value(), row.meetingId());
        voices.forget(VoiceOrigin.AGENDA_ITEM, id.value());
        audit.record(AuditAction.CONTRIBUTION_WITHDRAWN, "contribution:" + id, "meeting:" + row.meetingId());
        events.publishEvent(new ContributionChanged(new MeetingId(row.meetingId())));
    }

    // ---------------------------------------------------------------- reading

    /** The caller's own items for a meeting they are invited to. */
    @PreAuthorize("hasAnyRole('PARENT', 'YOUNG_PERSON')")
    @Transactional(readOnly = true)
    public List<Contribution> mine(MeetingId meetingId) {
        invitedTo(meetingId);
        return toContributions(contributions.findMine(meetingId.value(), currentUser.require().id().value()), false);
    }

    /**
     * What an invited family member sees: their own items and the others' items shared with everyone. Another
     * person's "only my social worker" items are never included.
     */
    @PreAuthorize("hasAnyRole('PARENT', 'YOUNG_PERSON')")
    @Transactional(readOnly = true)
    public List<Contribution> visibleToFamily(MeetingId meetingId) {
        invitedTo(meetingId);
        return toContributions(contributions.findVisibleToFamilyMember(meetingId.value(),
                currentUser.require().id().value()), false);
    }

    /** Every item for a meeting, with who wrote it: for staff who may read the family. */
    @PreAuthorize("hasAnyRole('PRACTITIONER', 'MANAGER')")
    @Transactional(readOnly = true)
    public List<Contribution> forMeeting(MeetingId meetingId) {
        MeetingRow meeting = meetings.findById(meetingId.value()).orElse(null);
        if (meeting == null) {
            throw deny("meeting:" + meetingId, "no such meeting");
        }
        policy.requireRead(new FamilyId(meeting.familyId()));
        List<ContributionRow> rows = contributions.findActive(meetingId.value());
        audit.recordRead(meeting.familyId(), AuditAction.CONTRIBUTIONS_VIEWED, "meeting:" + meetingId,
                rows.size() + " items");
        return toContributions(rows, true);
    }

    /** Whether the caller, an invited family member, may still add and change items for this meeting. */
    @PreAuthorize("hasAnyRole('PARENT', 'YOUNG_PERSON')")
    @Transactional(readOnly = true)
    public boolean openForMe(MeetingId meetingId) {
        MeetingRow meeting = invitedTo(meetingId);
        try {
            requireOpen(meeting);
            return true;
        } catch (UserFacingException closed) {
            return false;
        }
    }

    // ---------------------------------------------------------------- access and rules

    /** The meeting, if the caller is a member of its family invited to it; refused alike otherwise. */
    private MeetingRow invitedTo(MeetingId id) {
        MeetingRow row = meetings.findById(id.value()).orElse(null);
        if (row == null) {
            throw deny("meeting:" + id, "no such meeting");
        }
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

    /** The caller's own item; someone else's item and an unknown id are refused alike. */
    private ContributionRow own(ContributionId id) {
        ContributionRow row = contributions.findById(id.value()).orElse(null);
        if (row == null || row.authorUserId() != currentUser.require().id().value()) {
            throw deny("contribution:" + id, row == null ? "no such item" : "not the author");
        }
        return row;
    }

    private AccessDeniedException deny(String target, String why) {
        audit.recordSecurityEvent(null, AuditAction.ACCESS_DENIED, target, why);
        return new AccessDeniedException("no access to " + target + ": " + why);
    }

    /** Open for the family: going ahead, agenda not yet published, and before the contributions close. */
    private void requireOpen(MeetingRow meeting) {
        if (!meeting.status().equals(MeetingStatus.SCHEDULED.name())) {
            throw new UserFacingException("contributions.error.cancelled");
        }
        boolean published = jdbc.sql("select count(*) from meeting where id = :id and agenda_published_at is not null")
                .param("id", meeting.id()).query(Integer.class).single() > 0;
        if (published) {
            throw new UserFacingException("contributions.error.published");
        }
        Instant closes = meeting.startsAt().minus(Duration.ofDays(settings.contributionsCloseDaysBefore()));
        if (!clock.instant().isBefore(closes)) {
            throw new UserFacingException("contributions.error.closed");
        }
    }

    private void requireChangeable(ContributionRow row, long seenVersion, MeetingRow meeting) {
        if (!row.status().equals("ACTIVE")) {
            throw new UserFacingException("contributions.error.withdrawn");
        }
        if (!Objects.equals(row.version(), seenVersion)) {
            throw new UserFacingException("contributions.error.changed");
        }
        requireOpen(meeting);
    }

    private ContributionRow save(ContributionRow row) {
        try {
            return contributions.save(row);
        } catch (OptimisticLockingFailureException e) {
            throw new UserFacingException("contributions.error.changed");
        }
    }

    private record Checked(ContributionKind kind, String text, HeardBy heardBy, Visibility visibleTo) {
    }

    /** Checks everything before anything is stored; the text is kept exactly as typed. */
    private static Checked check(FamilyVoiceUser me, @Nullable ContributionKind kind, @Nullable String text,
                                 @Nullable HeardBy heardBy, @Nullable Visibility visibleTo) {
        if (kind == null) {
            throw new UserFacingException("contributions.error.kind");
        }
        if (text == null || text.isBlank()) {
            throw new UserFacingException("contributions.error.empty");
        }
        if (text.length() > MAX_TEXT) {
            throw new UserFacingException("contributions.error.too-long", MAX_TEXT, text.length());
        }
        StorableText.require(text, true, MeetingService.HIDDEN_CHARACTERS);
        HeardBy how = heardBy == null ? HeardBy.SELF : heardBy;
        if (!me.hasRole(Roles.YOUNG_PERSON) && how != HeardBy.SELF) {
            throw new UserFacingException("contributions.error.heard-by");
        }
        return new Checked(kind, text, how, visibleTo == null ? Visibility.EVERYONE : visibleTo);
    }

    /**
     * Hands the item's words to the themes when it is shared with everyone and its author allowed it; otherwise takes
     * any earlier copy out of them. In the caller's transaction, so the item and its counts agree.
     */
    private void forThemes(FamilyVoiceUser me, ContributionRow row, MeetingRow meeting, FamilyAccess family) {
        long id = Objects.requireNonNull(row.id());
        if (!row.usableForImprovement()) {
            voices.forget(VoiceOrigin.AGENDA_ITEM, id);
            return;
        }
        voices.record(new SaidText(VoiceOrigin.AGENDA_ITEM, id, family.familyId(), family.teamId(),
                me.hasRole(Roles.YOUNG_PERSON) ? VoiceSource.YOUNG_PERSON : VoiceSource.PARENT, meeting.meetingType(),
                "user:" + me.id().value(), me.id(), false, row.createdAt(), row.text(), List.of(me.displayName())));
    }

    /** The author's choice, with the wording the form showed them (it words it by who they are). */
    private void recordConsent(FamilyVoiceUser me, long id, boolean mayUseForImprovement) {
        consents.record(me.id(), ConsentOrigin.AGENDA_ITEM, id, ConsentPurpose.IMPROVEMENT_USE, mayUseForImprovement,
                me.hasRole(Roles.YOUNG_PERSON) ? ConsentWording.AGENDA_ITEM_YOUNG : ConsentWording.AGENDA_ITEM_ADULT);
    }

    /** Screens the text in this transaction; true when it raised an alert. */
    private boolean screen(FamilyVoiceUser me, FamilyAccess family, long id, String text) {
        String label = me.displayName() + (me.hasRole(Roles.YOUNG_PERSON) ? " (young person)" : " (parent or carer)");
        Screening screening = safeguarding.screenAndRaise(new TextToScreen("agenda-item", id, family.familyId(),
                family.teamId(), me.id(), label, text));
        return screening.flagged();
    }

    private List<Contribution> toContributions(List<ContributionRow> rows, boolean staff) {
        if (rows.isEmpty()) {
            return List.of();
        }
        long me = currentUser.require().id().value();
        record Author(String name, boolean youngPerson) {
        }
        Map<Long, Author> authors = new HashMap<>();
        jdbc.sql("select id, display_name, role from app_user where id in (:ids)")
                .param("ids", rows.stream().map(ContributionRow::authorUserId).distinct().toList())
                .query((rs, n) -> authors.put(rs.getLong(1),
                        new Author(rs.getString(2), Roles.YOUNG_PERSON.equals(rs.getString(3))))).list();
        return rows.stream().map(r -> {
            Author a = authors.getOrDefault(r.authorUserId(), new Author("", false));
            return new Contribution(new ContributionId(Objects.requireNonNull(r.id())), new MeetingId(r.meetingId()),
                    ContributionKind.valueOf(r.kind()), r.text(), HeardBy.valueOf(r.heardBy()),
                    Visibility.valueOf(r.visibleTo()), r.mayUseForImprovement(), a.name(), a.youngPerson(),
                    r.authorUserId() == me, staff && r.flagged(), r.createdAt(), r.updatedAt(),
                    Objects.requireNonNull(r.version()));
        }).toList();
    }

}

package org.familyvoice.meetings;

import org.familyvoice.base.FamilyId;
import org.familyvoice.base.Roles;
import org.familyvoice.base.StorableText;
import org.familyvoice.base.UserFacingException;
import org.familyvoice.base.UserId;
import org.familyvoice.base.audit.AuditAction;
import org.familyvoice.base.audit.AuditLog;
import org.familyvoice.base.security.CurrentUser;
import org.familyvoice.base.security.FamilyVoiceUser;
import org.familyvoice.families.AccessPolicy;
import org.familyvoice.families.Family;
import org.familyvoice.families.FamilyAccess;
import org.familyvoice.families.FamilyMember;
import org.familyvoice.families.FamilyService;
import org.familyvoice.families.MemberId;
import org.familyvoice.meetings.repository.AttendeeRepository;
import org.familyvoice.meetings.repository.AttendeeRow;
import org.familyvoice.meetings.repository.MeetingRepository;
import org.familyvoice.meetings.repository.MeetingRow;
import org.jspecify.annotations.Nullable;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Meetings of a family: scheduled, moved and cancelled by the family's worker, seen by the family members
 * invited to them. Who may do what:
 * <ul>
 *   <li>the practitioner allocated to the family and their team's manager: schedule, move, cancel and see;</li>
 *   <li>the other practitioners of the team: see;</li>
 *   <li>a parent, carer or young person: see their own family's meetings they are invited to;</li>
 *   <li>an administrator: nothing.</li>
 * </ul>
 * A meeting someone may not see and a meeting that does not exist look the same.
 */
@Service
public class MeetingService {

    public static final int MAX_PLACE = 200;
    public static final int MAX_LINK = 500;
    public static final int MAX_NAME = 120;
    public static final int MAX_ROLE = 60;
    public static final int MAX_REASON = 500;
    public static final int MAX_OTHERS = 20;
    public static final int MIN_DURATION = 15;
    public static final int MAX_DURATION = 480;
    /** How far ahead a meeting can be booked: further than this is almost certainly a mistyped year. */
    static final Duration FURTHEST_AHEAD = Duration.ofDays(2 * 366);
    /** The meetings' message when text breaks the portal's rule on hidden characters ({@link StorableText}). */
    static final String HIDDEN_CHARACTERS = "meetings.error.hidden-characters";

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm", Locale.UK);

    private final MeetingRepository meetings;
    private final AttendeeRepository attendees;
    private final FamilyService families;
    private final AccessPolicy policy;
    private final org.familyvoice.notifications.NotificationService notifications;
    private final MeetingSettings settings;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    MeetingService(MeetingRepository meetings, AttendeeRepository attendees, FamilyService families,
                   AccessPolicy policy, org.familyvoice.notifications.NotificationService notifications,
                   MeetingSettings settings, CurrentUser currentUser, AuditLog audit, JdbcClient jdbc, Clock clock) {
        this.meetings = meetings;
        this.attendees = attendees;
        this.families = families;
        this.policy = policy;
        this.notifications = notifications;
        this.settings = settings;
        this.currentUser = currentUser;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- changes (the family's worker and manager)

    /** Schedules a meeting for a family and tells the invited family members. */
    @PreAuthorize("hasAnyRole('PRACTITIONER', 'MANAGER')")
    @Transactional
    public MeetingId schedule(FamilyId familyId, MeetingPlan plan) {
        policy.requireWrite(familyId);
        if (plan.type() == null) {
            throw new UserFacingException("meetings.error.type");
        }
        Instant now = clock.instant();
        Instant startsAt = checkTime(plan.startsAt(), now);
        int duration = checkDuration(plan.durationMinutes());
        Where where = checkWhere(plan.place(), plan.onlineLink());
        List<FamilyMember> invited = checkInvited(familyId, plan.invitedMembers());
        List<OtherAttendee> others = checkOthers(plan.others());

        MeetingRow saved = meetings.save(new MeetingRow(null, familyId.value(), plan.type().name(), startsAt, duration,
                where.place(), where.link(), MeetingStatus.SCHEDULED.name(), null, currentUser.require().id().value(),
                now, now, null));
        long id = Objects.requireNonNull(saved.id());
        for (FamilyMember m : invited) {
            attendees.save(new AttendeeRow(null, id, m.id().value(), null, null));
        }
        for (OtherAttendee o : others) {
            attendees.save(new AttendeeRow(null, id, null, o.name(), o.role()));
        }
        audit.record(AuditAction.MEETING_SCHEDULED, "meeting:" + id,
                "family:" + familyId + " " + plan.type() + " at " + startsAt);
        tellInvited(id, "notification.meeting-scheduled", startsAt);
        return new MeetingId(id);
    }

    /**
     * Moves a meeting to a new time, place or link. {@code seenVersion} is the version the caller last saw: if
     * someone else changed the meeting since, nothing is saved and the caller is told to look again.
     */
    @PreAuthorize("hasAnyRole('PRACTITIONER', 'MANAGER')")
    @Transactional
    public Meeting move(MeetingId id, long seenVersion, @Nullable Instant newStart, int durationMinutes,
                        @Nullable String place, @Nullable String onlineLink) {
        MeetingRow row = reachable(id, true);
        checkStillCurrent(row, seenVersion);
        requireScheduled(row);
        Instant now = clock.instant();
        Instant startsAt = checkTime(newStart, now);
        int duration = checkDuration(durationMinutes);
        Where where = checkWhere(place, onlineLink);
        MeetingRow saved = save(row.moved(startsAt, duration, where.place(), where.link(), now, seenVersion));
        audit.record(AuditAction.MEETING_MOVED, "meeting:" + id, "from " + row.startsAt() + " to " + startsAt);
        tellInvited(id.value(), "notification.meeting-moved", startsAt);
        return toMeetings(List.of(saved)).getFirst();
    }

    /** Cancels a meeting, saying why; the invited family members are told. */
    @PreAuthorize("hasAnyRole('PRACTITIONER', 'MANAGER')")
    @Transactional
    public Meeting cancel(MeetingId id, long seenVersion, @Nullable String reason) {
        MeetingRow row = reachable(id, true);
        checkStillCurrent(row, seenVersion);
        requireScheduled(row);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new UserFacingException("meetings.error.reason");
        }
        if (why.length() > MAX_REASON) {
            throw new UserFacingException("meetings.error.reason-too-long", MAX_REASON, why.length());
        }
        StorableText.require(why, true, HIDDEN_CHARACTERS);
        MeetingRow saved = save(row.cancelled(why, clock.instant(), seenVersion));
        audit.record(AuditAction.MEETING_CANCELLED, "meeting:" + id, null);
        tellInvited(id.value(), "notification.meeting-cancelled", row.startsAt());
        return toMeetings(List.of(saved)).getFirst();
    }

    // ---------------------------------------------------------------- reading

    /** A family's meetings for staff who may see the family, newest first, a page at a time. */
    @PreAuthorize("hasAnyRole('PRACTITIONER', 'MANAGER')")
    @Transactional(readOnly = true)
    public List<Meeting> meetingsOf(FamilyId familyId, long offset, int limit) {
        policy.requireRead(familyId);
        List<MeetingRow> rows = meetings.findByFamily(familyId.value(), offset, limit);
        audit.recordPageRead(AuditAction.MEETINGS_LISTED, "family:" + familyId,
                rows.stream().map(MeetingRow::familyId).toList(), rows.size());
        return toMeetings(rows);
    }

    @PreAuthorize("hasAnyRole('PRACTITIONER', 'MANAGER')")
    @Transactional(readOnly = true)
    public int countMeetingsOf(FamilyId familyId) {
        policy.requireRead(familyId);
        return meetings.countByFamily(familyId.value());
    }

    /** The signed-in parent's, carer's or young person's meetings: their family's, those they are invited to. */
    @PreAuthorize("hasAnyRole('PARENT', 'YOUNG_PERSON')")
    @Transactional(readOnly = true)
    public List<Meeting> myMeetings() {
        FamilyVoiceUser me = currentUser.require();
        FamilyId family = Objects.requireNonNull(me.familyId());
        policy.requireRead(family);
        return toMeetings(meetings.findInvited(family.value(), me.id().value()));
    }

    /** One meeting, if the caller may see it; {@link AccessDeniedException} otherwise (shown as "not found"). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Meeting getMeeting(MeetingId id) {
        MeetingRow row = reachable(id, false);
        audit.recordRead(row.familyId(), AuditAction.MEETING_VIEWED, "meeting:" + id, null);
        return toMeetings(List.of(row)).getFirst();
    }

    /** The settings families see: how many days before a meeting their items close. Signed-in people only. */
    @PreAuthorize("isAuthenticated()")
    public MeetingSettings settings() {
        return settings;
    }

    // ---------------------------------------------------------------- access

    /**
     * The meeting, if the caller may see it ({@code write}: change it). Family members must be invited; an
     * unknown id and someone else's meeting are refused alike.
     */
    private MeetingRow reachable(MeetingId id, boolean write) {
        MeetingRow row = meetings.findById(id.value()).orElse(null);
        if (row == null) {
            audit.recordSecurityEvent(null, AuditAction.ACCESS_DENIED, "meeting:" + id, "no such meeting");
            throw new AccessDeniedException("no access to meeting " + id);
        }
        FamilyId family = new FamilyId(row.familyId());
        FamilyVoiceUser me = currentUser.require();
        if (write) {
            if (Roles.isFamilyRole(me.role())) {
                deny(id, "family members cannot change meetings");
            }
            policy.requireWrite(family);
            return row;
        }
        policy.requireRead(family);
        if (Roles.isFamilyRole(me.role()) && meetings.countInvitations(id.value(), me.id().value()) == 0) {
            deny(id, "not invited");
        }
        return row;
    }

    private void deny(MeetingId id, String why) {
        audit.recordSecurityEvent(null, AuditAction.ACCESS_DENIED, "meeting:" + id, why);
        throw new AccessDeniedException("no access to meeting " + id + ": " + why);
    }

    private static void checkStillCurrent(MeetingRow row, long seenVersion) {
        if (!Objects.equals(row.version(), seenVersion)) {
            throw new UserFacingException("meetings.error.changed");
        }
    }

    private MeetingRow save(MeetingRow row) {
        try {
            return meetings.save(row);
        } catch (OptimisticLockingFailureException e) {
            throw new UserFacingException("meetings.error.changed");
        }
    }

    private static void requireScheduled(MeetingRow row) {
        if (!row.status().equals(MeetingStatus.SCHEDULED.name())) {
            throw new UserFacingException("meetings.error.already-cancelled");
        }
    }

    // ---------------------------------------------------------------- validation

    private record Where(@Nullable String place, @Nullable String link) {
    }

    private static Instant checkTime(@Nullable Instant startsAt, Instant now) {
        if (startsAt == null) {
            throw new UserFacingException("meetings.error.when");
        }
        if (!startsAt.isAfter(now)) {
            throw new UserFacingException("meetings.error.in-past");
        }
        if (startsAt.isAfter(now.plus(FURTHEST_AHEAD))) {
            throw new UserFacingException("meetings.error.too-far");
        }
        return startsAt;
    }

    private static int checkDuration(int minutes) {
        if (minutes < MIN_DURATION || minutes > MAX_DURATION) {
            throw new UserFacingException("meetings.error.duration", MIN_DURATION, MAX_DURATION);
        }
        return minutes;
    }

    private static Where checkWhere(@Nullable String place, @Nullable String onlineLink) {
        String p = place == null || place.isBlank() ? null : place.strip();
        String l = onlineLink == null || onlineLink.isBlank() ? null : onlineLink.strip();
        if (p == null && l == null) {
            throw new UserFacingException("meetings.error.where");
        }
        if (p != null) {
            if (p.length() > MAX_PLACE) {
                throw new UserFacingException("meetings.error.place-too-long", MAX_PLACE);
            }
            StorableText.require(p, false, HIDDEN_CHARACTERS);
        }
        if (l != null) {
            l = OnlineLinks.normalize(l, MAX_LINK);
            if (l == null) {
                throw new UserFacingException("meetings.error.link", MAX_LINK);
            }
        }
        return new Where(p, l);
    }

    private List<FamilyMember> checkInvited(FamilyId familyId, List<MemberId> invited) {
        Map<MemberId, FamilyMember> members = new HashMap<>();
        audit.asPartOfRecordedRead(() -> families.members(familyId)).forEach(m -> members.put(m.id(), m));
        List<FamilyMember> result = new ArrayList<>();
        for (MemberId id : new LinkedHashSet<>(invited)) {
            FamilyMember m = members.get(id);
            if (m == null || !m.hasAccount()) {
                throw new UserFacingException("meetings.error.member");
            }
            result.add(m);
        }
        return result;
    }

    private static List<OtherAttendee> checkOthers(List<OtherAttendee> others) {
        List<OtherAttendee> result = new ArrayList<>();
        for (OtherAttendee o : others) {
            String name = o.name() == null ? "" : o.name().strip();
            String role = o.role() == null ? "" : o.role().strip();
            if (name.isEmpty() && role.isEmpty()) {
                continue; // an empty row left in the form
            }
            if (name.isEmpty() || name.length() > MAX_NAME) {
                throw new UserFacingException("meetings.error.attendee-name", MAX_NAME);
            }
            if (role.isEmpty() || role.length() > MAX_ROLE) {
                throw new UserFacingException("meetings.error.attendee-role", MAX_ROLE, name);
            }
            StorableText.require(name, false, HIDDEN_CHARACTERS);
            StorableText.require(role, false, HIDDEN_CHARACTERS);
            result.add(new OtherAttendee(name, role));
        }
        if (result.size() > MAX_OTHERS) {
            throw new UserFacingException("meetings.error.too-many", MAX_OTHERS);
        }
        return result;
    }

    // ---------------------------------------------------------------- notifications and records

    /** Tells each invited family member with an account, in the same transaction as the change. */
    private void tellInvited(long meetingId, String messageKey, Instant startsAt) {
        List<Long> users = jdbc.sql("""
                        select distinct fm.user_id from meeting_attendee a join family_member fm on fm.id = a.family_member_id
                        where a.meeting_id = :m and fm.user_id is not null""")
                .param("m", meetingId).query(Long.class).list();
        String when = WHEN.withZone(settings.zone()).format(startsAt);
        for (Long user : users) {
            notifications.send(new UserId(user), messageKey, when, "meetings/" + meetingId);
        }
    }

    private List<Meeting> toMeetings(List<MeetingRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        FamilyVoiceUser me = currentUser.require();
        Map<Long, List<Attendee>> byMeeting = new HashMap<>();
        Map<Long, Map<MemberId, FamilyMember>> membersByFamily = new HashMap<>();
        Map<Long, Family> familiesById = new HashMap<>();
        Map<Long, FamilyAccess> access = new HashMap<>();
        for (MeetingRow r : rows) {
            if (!familiesById.containsKey(r.familyId())) {
                FamilyId f = new FamilyId(r.familyId());
                // part of the meeting read (or change) that is recorded itself, not a second read of the family
                familiesById.put(r.familyId(), audit.asPartOfRecordedRead(() -> families.getFamily(f)));
                Map<MemberId, FamilyMember> members = new HashMap<>();
                audit.asPartOfRecordedRead(() -> families.members(f)).forEach(m -> members.put(m.id(), m));
                membersByFamily.put(r.familyId(), members);
                access.put(r.familyId(), policy.accessTo(f));
            }
        }
        Map<Long, Long> familyOfMeeting = new HashMap<>();
        rows.forEach(r -> familyOfMeeting.put(r.id(), r.familyId()));
        for (AttendeeRow a : attendees.findForMeetings(rows.stream().map(MeetingRow::id).toList())) {
            Attendee attendee;
            if (a.familyMemberId() != null) {
                FamilyMember m = membersByFamily.get(familyOfMeeting.get(a.meetingId())).get(new MemberId(a.familyMemberId()));
                if (m == null) {
                    continue;
                }
                attendee = new Attendee(m.id(), m.name(), m.relationship());
            } else {
                attendee = new Attendee(null, Objects.requireNonNull(a.name()), Objects.requireNonNull(a.attendeeRole()));
            }
            byMeeting.computeIfAbsent(a.meetingId(), k -> new ArrayList<>()).add(attendee);
        }
        Duration closeBefore = Duration.ofDays(settings.contributionsCloseDaysBefore());
        boolean staff = !Roles.isFamilyRole(me.role());
        return rows.stream().map(r -> {
            boolean scheduled = r.status().equals(MeetingStatus.SCHEDULED.name());
            boolean changeable = staff && scheduled && access.get(r.familyId()).canWrite();
            return new Meeting(new MeetingId(Objects.requireNonNull(r.id())), new FamilyId(r.familyId()),
                    familiesById.get(r.familyId()).displayName(), MeetingType.valueOf(r.meetingType()), r.startsAt(),
                    r.durationMinutes(), r.place(), r.onlineLink(), MeetingStatus.valueOf(r.status()),
                    r.cancelledReason(), r.startsAt().minus(closeBefore), byMeeting.getOrDefault(r.id(), List.of()),
                    changeable, Objects.requireNonNull(r.version()));
        }).toList();
    }
}

package org.familyvoice.meetings;

import org.familyvoice.base.Roles;
import org.familyvoice.base.StorableText;
import org.familyvoice.base.UserFacingException;
import org.familyvoice.base.UserId;
import org.familyvoice.base.audit.AuditAction;
import org.familyvoice.base.audit.AuditLog;
import org.familyvoice.base.security.CurrentUser;
import org.familyvoice.base.security.FamilyVoiceUser;
import org.familyvoice.families.AccessPolicy;
import org.familyvoice.meetings.repository.AgendaStore;
import org.familyvoice.meetings.repository.AgendaStore.ItemRow;
import org.familyvoice.meetings.repository.AgendaStore.QuoteRow;
import org.familyvoice.meetings.repository.AgendaStore.Quotes;
import org.familyvoice.meetings.repository.AgendaStore.Standing;
import org.familyvoice.notifications.NotificationService;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The agenda of a meeting, built by the family's worker from the family's contributions and their own items, and
 * published to the family. Who may do what:
 * <ul>
 *   <li>the staff who may move or cancel the meeting (its family's practitioner and their manager, while it goes
 *       ahead; {@link Meeting#changeable()}): accept, merge, park, add their own, order, remove, publish;</li>
 *   <li>staff who may read the family: see the whole agenda, with private quotes marked, and print it;</li>
 *   <li>an invited parent, carer or young person: once published, the agenda with their own quotes and the ones shared
 *       with everyone, never another person's private ones; and the printed copy;</li>
 *   <li>an administrator: nothing.</li>
 * </ul>
 * Every change names the agenda version the person saw: when someone else changed the agenda in between, nothing is
 * stored and they are told to look again ({@code agenda.error.changed}). A change is all or nothing.
 */
@Service
public class AgendaService {

    public static final int MAX_TEXT = 2000;

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm", Locale.UK);

    private final AgendaStore store;
    private final MeetingService meetings;
    private final AccessPolicy policy;
    private final NotificationService notifications;
    private final MeetingSettings settings;
    private final AgendaPdf pdf;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    AgendaService(AgendaStore store, MeetingService meetings, AccessPolicy policy, NotificationService notifications,
                  MeetingSettings settings, AgendaPdf pdf, CurrentUser currentUser, AuditLog audit, JdbcClient jdbc,
                  Clock clock) {
        this.store = store;
        this.meetings = meetings;
        this.policy = policy;
        this.notifications = notifications;
        this.settings = settings;
        this.pdf = pdf;
        this.currentUser = currentUser;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- the family's contributions

    /** Puts a new (or parked) contribution on the agenda as an item of its own, where the default order puts it. */
    @PreAuthorize("hasAnyRole('PRACTITIONER', 'MANAGER')")
    @Transactional
    public AgendaItemId accept(ContributionId contribution, long seenAgendaVersion) {
        Standing c = standing(contribution);
        long meetingId = c.meetingId();
        begin(meetingId, seenAgendaVersion);
        requireState(c, "NEW", "PARKED");
        QuoteRow quote = quote(meetingId, contribution);
        long item = store.insertItem(meetingId, Integer.MAX_VALUE, "FAMILY", quote.kind(), null,
                currentUser.require().id().value(), clock.instant());
        store.place(contribution.value(), "ON_AGENDA", item);
        placeByDefault(meetingId, item);
        changed(meetingId, "accepted contribution:" + contribution + " as agenda item:" + item);
        return new AgendaItemId(item);
    }

    /**
     * Quotes a contribution in an existing family item too. If it was the only quote of an item of its own, that item
     * is removed.
     */
    @PreAuthorize("hasAnyRole('PRACTITIONER', 'MANAGER')")
    @Transactional
    public void merge(ContributionId contribution, AgendaItemId into, long seenAgendaVersion) {
        Standing c = standing(contribution);
        ItemRow target = store.item(into.value()).orElse(null);
        if (target == null || target.meetingId() != c.meetingId()) {
            throw deny("agenda-item:" + into, target == null ? "no such item" : "another meeting's item");
        }
        begin(c.meetingId(), seenAgendaVersion);
        requireState(c, "NEW", "PARKED", "ON_AGENDA");
        if (!target.origin().equals("FAMILY") || Objects.equals(c.agendaItemId(), into.value())) {
            throw new UserFacingException("agenda.error.merge");
        }
        store.place(contribution.value(), "ON_AGENDA", into.value());
        leftBehind(c);
        changed(c.meetingId(), "merged contribution:" + contribution + " into agenda item:" + into);
    }

    /** Keeps a contribution off this meeting's agenda ("parked, not for this meeting"); an item left empty goes. */
    @PreAuthorize("hasAnyRole('PRACTITIONER', 'MANAGER')")
    @Transactional
    public void park(ContributionId contribution, long seenAgendaVersion) {
        Standing c = standing(contribution);
        begin(c.meetingId(), seenAgendaVersion);
        requireState(c, "NEW", "ON_AGENDA");
        store.place(contribution.value(), "PARKED", null);
        leftBehind(c);
        changed(c.meetingId(), "parked contribution:" + contribution);
    }

    /** Brings a parked contribution back among the new ones. */
    @PreAuthorize("hasAnyRole('PRACTITIONER', 'MANAGER')")
    @Transactional
    public void unpark(ContributionId contribution, long seenAgendaVersion) {
        Standing c = standing(contribution);
        begin(c.meetingId(), seenAgendaVersion);
        requireState(c, "PARKED");
        store.place(contribution.value(), "NEW", null);
        changed(c.meetingId(), "unparked contribution:" + contribution);
    }

    // ---------------------------------------------------------------- the worker's own items and the order

    /** Adds the worker's own item, after the family's. */
    @PreAuthorize("hasAnyRole('PRACTITIONER', 'MANAGER')")
    @Transactional
    public AgendaItemId addOwn(MeetingId meetingId, long seenAgendaVersion, @Nullable String text) {
        String words = checkText(text);
        begin(meetingId.value(), seenAgendaVersion);
        long item = store.insertItem(meetingId.value(), Integer.MAX_VALUE, "PRACTITIONER", "STAFF", words,
                currentUser.require().id().value(), clock.instant());
        placeByDefault(meetingId.value(), item);
        changed(meetingId.value(), "added agenda item:" + item);
        return new AgendaItemId(item);
    }

    /** Changes the words of a practitioner's item. */
    @PreAuthorize("hasAnyRole('PRACTITIONER', 'MANAGER')")
    @Transactional
    public void editOwn(AgendaItemId item, long seenAgendaVersion, @Nullable String text) {
        ItemRow row = item(item);
        String words = checkText(text);
        begin(row.meetingId(), seenAgendaVersion);
        if (!row.origin().equals("PRACTITIONER")) {
            throw new UserFacingException("agenda.error.not-own");
        }
        store.setStaffText(item.value(), words);
        changed(row.meetingId(), "changed agenda item:" + item);
    }

    /** Takes an item off the agenda; the family's contributions it quoted are new again. */
    @PreAuthorize("hasAnyRole('PRACTITIONER', 'MANAGER')")
    @Transactional
    public void remove(AgendaItemId item, long seenAgendaVersion) {
        ItemRow row = item(item);
        begin(row.meetingId(), seenAgendaVersion);
        store.remove(item.value());
        store.order(store.items(row.meetingId()).stream().map(ItemRow::id).toList());
        changed(row.meetingId(), "removed agenda item:" + item);
    }

    @PreAuthorize("hasAnyRole('PRACTITIONER', 'MANAGER')")
    @Transactional
    public void moveUp(AgendaItemId item, long seenAgendaVersion) {
        move(item, seenAgendaVersion, -1);
    }

    @PreAuthorize("hasAnyRole('PRACTITIONER', 'MANAGER')")
    @Transactional
    public void moveDown(AgendaItemId item, long seenAgendaVersion) {
        move(item, seenAgendaVersion, 1);
    }

    /**
     * Puts the items in the default order, keeping their order within each group: a young person's items first, then
     * the parents' and carers', then the practitioner's.
     */
    @PreAuthorize("hasAnyRole('PRACTITIONER', 'MANAGER')")
    @Transactional
    public void youngPersonFirst(MeetingId meetingId, long seenAgendaVersion) {
        begin(meetingId.value(), seenAgendaVersion);
        List<AgendaItem> items = new ArrayList<>(assemble(meetingId.value(), Quotes.ALL, 0, true));
        items.sort(Comparator.comparingInt(AgendaItem::defaultRank)); // List.sort is stable
        store.order(items.stream().map(i -> i.id().value()).toList());
        changed(meetingId.value(), "put the young person's items first");
    }

    // ---------------------------------------------------------------- publishing

    /**
     * Shows the agenda to the family and tells each invited family member with an account. Contributions close with
     * it. Refused when the agenda is empty or was published already. Says whether it came later than the configured
     * number of days before the meeting.
     */
    @PreAuthorize("hasAnyRole('PRACTITIONER', 'MANAGER')")
    @Transactional
    public AgendaPublication publish(MeetingId meetingId, long seenAgendaVersion) {
        Meeting meeting = begin(meetingId.value(), seenAgendaVersion);
        if (store.items(meetingId.value()).isEmpty()) {
            throw new UserFacingException("agenda.error.empty");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS); // as the database keeps it
        if (!store.publish(meetingId.value(), now)) {
            throw new UserFacingException("agenda.error.already-published");
        }
        int daysBefore = settings.agendaPublishDaysBefore();
        boolean late = late(meeting, now);
        audit.record(AuditAction.AGENDA_PUBLISHED, "meeting:" + meetingId, late ? "late" : null);
        String when = WHEN.withZone(settings.zone()).format(meeting.startsAt());
        for (Long user : invitedUsers(meetingId.value())) {
            notifications.send(new UserId(user), "notification.agenda-published", when, "meetings/" + meetingId);
        }
        return new AgendaPublication(now, late, daysBefore);
    }

    // ---------------------------------------------------------------- reading

    /** The whole agenda with every contribution, for staff who may read the family. */
    @PreAuthorize("hasAnyRole('PRACTITIONER', 'MANAGER')")
    @Transactional(readOnly = true)
    public StaffAgenda staffAgenda(MeetingId meetingId) {
        // the family's staff, refused alike otherwise; recorded once below as the agenda read
        Meeting meeting = audit.asPartOfRecordedRead(() -> meetings.getMeeting(meetingId));
        long me = currentUser.require().id().value();
        List<QuoteRow> all = store.quotes(meetingId.value(), Quotes.ALL, me);
        List<AgendaItem> items = assemble(meetingId.value(), all, true);
        List<Contribution> fresh = all.stream().filter(q -> q.agendaState().equals("NEW"))
                .map(q -> contribution(q, me, true)).toList();
        List<Contribution> parked = all.stream().filter(q -> q.agendaState().equals("PARKED"))
                .map(q -> contribution(q, me, true)).toList();
        AgendaStore.State state = store.state(meetingId.value());
        audit.recordRead(meeting.familyId().value(), AuditAction.AGENDA_VIEWED, "meeting:" + meetingId,
                all.size() + " contributions");
        return new StaffAgenda(meetingId, items, fresh, parked, state.agendaVersion(), state.publishedAt(),
                state.publishedAt() != null && late(meeting, state.publishedAt()), settings.agendaPublishDaysBefore(),
                meeting.changeable());
    }

    /** The published agenda as the signed-in, invited family member may see it; empty before it is published. */
    @PreAuthorize("hasAnyRole('PARENT', 'YOUNG_PERSON')")
    @Transactional(readOnly = true)
    public PublishedAgenda familyAgenda(MeetingId meetingId) {
        meetings.getMeeting(meetingId); // invited family members only, refused alike otherwise
        AgendaStore.State state = store.state(meetingId.value());
        if (state.publishedAt() == null) {
            return new PublishedAgenda(meetingId, List.of(), null);
        }
        return new PublishedAgenda(meetingId, assemble(meetingId.value(), Quotes.VISIBLE_TO_READER,
                currentUser.require().id().value(), false), state.publishedAt());
    }

    /**
     * The printed agenda (PDF): the meeting's copy for everyone in the room, so private quotes are never in it. Staff
     * who may read the family may print it at any time (marked as a draft before it is published); invited family
     * members once it is published.
     */
    @PreAuthorize("hasAnyRole('PRACTITIONER', 'MANAGER', 'PARENT', 'YOUNG_PERSON')")
    @Transactional // not read-only: the export is recorded in the audit trail
    public byte[] printable(MeetingId meetingId) {
        Meeting meeting = audit.asPartOfRecordedRead(() -> meetings.getMeeting(meetingId)); // recorded as the export
        AgendaStore.State state = store.state(meetingId.value());
        if (state.publishedAt() == null && Roles.isFamilyRole(currentUser.require().role())) {
            throw new UserFacingException("agenda.error.not-published");
        }
        List<AgendaItem> items = assemble(meetingId.value(), Quotes.SHARED_WITH_EVERYONE, 0, false);
        byte[] document = pdf.render(meeting, items, state.publishedAt() != null);
        audit.recordFor(meeting.familyId().value(), AuditAction.AGENDA_EXPORTED, "meeting:" + meetingId, items.size() + " items, "
                + document.length + " bytes");
        return document;
    }

    // ---------------------------------------------------------------- access and the agenda version

    /**
     * The caller may change this meeting's agenda (the rule behind {@link Meeting#changeable()}), and the agenda is
     * still as they saw it: its version is raised now, which also keeps anyone else from changing it until this
     * transaction ends.
     */
    private Meeting begin(long meetingId, long seenAgendaVersion) {
        MeetingId id = new MeetingId(meetingId);
        Meeting meeting = meetings.getMeeting(id); // refuses unknown and unreadable meetings alike, audited
        if (!meeting.changeable()) {
            if (meeting.cancelled() && policy.accessTo(meeting.familyId()).canWrite()) {
                throw new UserFacingException("agenda.error.cancelled");
            }
            throw deny("meeting:" + id, "may not change the agenda");
        }
        boolean bumped;
        try {
            bumped = store.bump(meetingId, seenAgendaVersion);
        } catch (ConcurrencyFailureException busy) {
            bumped = false; // someone else is changing it this very moment
        }
        if (!bumped) {
            throw new UserFacingException("agenda.error.changed");
        }
        return meeting;
    }

    private Standing standing(ContributionId id) {
        return store.standing(id.value()).orElseThrow(() -> deny("contribution:" + id, "no such item"));
    }

    private ItemRow item(AgendaItemId id) {
        return store.item(id.value()).orElseThrow(() -> deny("agenda-item:" + id, "no such item"));
    }

    private AccessDeniedException deny(String target, String why) {
        audit.recordSecurityEvent(null, AuditAction.ACCESS_DENIED, target, why);
        return new AccessDeniedException("no access to " + target + ": " + why);
    }

    /** The contribution is where the person saw it (it cannot have moved without the version changing). */
    private static void requireState(Standing c, String... allowed) {
        if (!c.status().equals("ACTIVE") || !List.of(allowed).contains(c.agendaState())) {
            throw new UserFacingException("agenda.error.changed");
        }
    }

    private QuoteRow quote(long meetingId, ContributionId id) {
        return store.quotes(meetingId, Quotes.ALL, 0).stream().filter(q -> q.id() == id.value()).findFirst()
                .orElseThrow(() -> new UserFacingException("agenda.error.changed"));
    }

    /** After a contribution left an item: the item goes if it quotes nothing now, and the rest close up. */
    private void leftBehind(Standing before) {
        if (before.agendaItemId() != null && store.removeIfEmpty(before.agendaItemId())) {
            store.order(store.items(before.meetingId()).stream().map(ItemRow::id).toList());
        }
    }

    private void changed(long meetingId, String what) {
        audit.record(AuditAction.AGENDA_CHANGED, "meeting:" + meetingId, what);
    }

    private static String checkText(@Nullable String text) {
        if (text == null || text.isBlank()) {
            throw new UserFacingException("agenda.error.empty-text");
        }
        if (text.length() > MAX_TEXT) {
            throw new UserFacingException("agenda.error.too-long", MAX_TEXT, text.length());
        }
        StorableText.require(text, true, MeetingService.HIDDEN_CHARACTERS);
        return text;
    }

    private boolean late(Meeting meeting, Instant publishedAt) {
        return publishedAt.isAfter(meeting.startsAt().minus(Duration.ofDays(settings.agendaPublishDaysBefore())));
    }

    /** Moves an item one place up (-1) or down (+1); at the top or bottom already, nothing moves. */
    private void move(AgendaItemId item, long seenAgendaVersion, int by) {
        ItemRow row = item(item);
        begin(row.meetingId(), seenAgendaVersion);
        List<Long> order = new ArrayList<>(store.items(row.meetingId()).stream().map(ItemRow::id).toList());
        int at = order.indexOf(item.value());
        int to = at + by;
        if (to >= 0 && to < order.size()) {
            order.set(at, order.get(to));
            order.set(to, item.value());
        }
        store.order(order);
        changed(row.meetingId(), "moved agenda item:" + item + (by < 0 ? " up" : " down"));
    }

    /**
     * Puts a new item where the default order wants it: after the last item of its group or an earlier one (a young
     * person's item after the last young person's item), so the worker's own ordering otherwise stays.
     */
    private void placeByDefault(long meetingId, long newItem) {
        List<AgendaItem> items = assemble(meetingId, Quotes.ALL, 0, true);
        AgendaItem added = items.stream().filter(i -> i.id().value() == newItem).findFirst().orElseThrow();
        List<AgendaItem> others = new ArrayList<>(items.stream().filter(i -> i != added).toList());
        int at = 0;
        for (int i = 0; i < others.size(); i++) {
            if (others.get(i).defaultRank() <= added.defaultRank()) {
                at = i + 1;
            }
        }
        others.add(at, added);
        store.order(others.stream().map(i -> i.id().value()).toList());
    }

    private List<Long> invitedUsers(long meetingId) {
        return jdbc.sql("""
                        select distinct fm.user_id from meeting_attendee a join family_member fm on fm.id = a.family_member_id
                        where a.meeting_id = :m and fm.user_id is not null""")
                .param("m", meetingId).query(Long.class).list();
    }

    // ---------------------------------------------------------------- building the records

    private List<AgendaItem> assemble(long meetingId, Quotes which, long reader, boolean staff) {
        return assemble(meetingId, store.quotes(meetingId, which, reader), staff);
    }

    /**
     * The items in order with their quotes. A family item none of whose quotes were read (the reader may not see any
     * of them) is left out.
     */
    private List<AgendaItem> assemble(long meetingId, List<QuoteRow> quotes, boolean staff) {
        long me = staff ? 0 : currentUser.require().id().value();
        Map<Long, List<Contribution>> byItem = new LinkedHashMap<>();
        for (QuoteRow q : quotes) {
            if (q.agendaState().equals("ON_AGENDA") && q.agendaItemId() != null) {
                byItem.computeIfAbsent(q.agendaItemId(), k -> new ArrayList<>()).add(contribution(q, me, staff));
            }
        }
        List<AgendaItem> items = new ArrayList<>();
        for (ItemRow row : store.items(meetingId)) {
            boolean practitioners = row.origin().equals("PRACTITIONER");
            List<Contribution> quoted = byItem.getOrDefault(row.id(), List.of());
            if (!practitioners && quoted.isEmpty()) {
                continue;
            }
            items.add(new AgendaItem(new AgendaItemId(row.id()), practitioners,
                    practitioners ? null : ContributionKind.valueOf(row.kind()),
                    practitioners ? Objects.requireNonNull(row.staffText()) : null, quoted));
        }
        return items;
    }

    private static Contribution contribution(QuoteRow q, long me, boolean staff) {
        return new Contribution(new ContributionId(q.id()), new MeetingId(q.meetingId()),
                ContributionKind.valueOf(q.kind()), q.text(), HeardBy.valueOf(q.heardBy()),
                Visibility.valueOf(q.visibleTo()), q.mayUseForImprovement(), q.authorName(),
                Roles.YOUNG_PERSON.equals(q.authorRole()),
                q.authorUserId() == me, staff && q.flagged(), q.createdAt(), q.updatedAt(), q.version());
    }
}

package org.familyvoice.privacy;

import org.familyvoice.base.audit.AuditAction;
import org.familyvoice.base.audit.AuditLog;
import org.familyvoice.base.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Subject access (UK GDPR article 15): an administrator finds a person and downloads everything the portal holds about
 * them, as a ZIP with a page to read and the same data as JSON. What is included is decided here, section by section,
 * so that another person's private content never is: only the person's own feedback, items, checks, notifications and
 * consent choices; replies and outcomes written about their own items; staff reads of their family's records that name
 * the family, a meeting, or the person's own account, feedback or agenda items (never reads naming another member's). The administrator reviews the file before sending it
 * (exemptions, e.g. for safeguarding, are a person's decision). Every export is recorded in the audit trail.
 * <p>
 * The sections read the features' tables directly (one read-only, repeatable-read transaction), not their services:
 * this is the one place that must see across every feature, and the services' own rules are about who may use a page.
 */
@Service
public class SubjectAccessService {

    public static final int MIN_SEARCH = 2;

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    SubjectAccessService(JdbcClient jdbc, AuditLog audit, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    private static final String PEOPLE = """
            select u.id as user_id, coalesce(u.family_member_id, (select min(m.id) from family_member m where m.user_id = u.id))
                   as member_id, u.display_name as name, u.username, u.role, f.display_name as family_name
            from app_user u left join family f on f.id = u.family_id
            where lower(u.display_name) like :q escape '!' or lower(u.username) like :q escape '!'
            union all
            select cast(null as bigint), m.id, m.name, cast(null as varchar(60)), m.member_type, f.display_name
            from family_member m join family f on f.id = m.family_id
            where m.user_id is null and lower(m.name) like :q escape '!'
            """;

    /** People whose name or username contains the text (at least {@value #MIN_SEARCH} characters), by name. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<Person> find(String text, long offset, int limit) {
        String q = pattern(text);
        if (q == null) {
            return List.of();
        }
        List<Person> page = jdbc.sql("select * from (" + PEOPLE + ") p order by lower(name), user_id, member_id "
                        + "limit :limit offset :offset")
                .param("q", q).param("limit", limit).param("offset", offset)
                .query((rs, n) -> {
                    long user = rs.getLong("user_id");
                    Long userId = rs.wasNull() ? null : user;
                    long member = rs.getLong("member_id");
                    Long memberId = rs.wasNull() ? null : member;
                    return new Person(new PersonRef(userId, memberId), rs.getString("name"), rs.getString("username"),
                            rs.getString("role"), rs.getString("family_name"));
                })
                .list();
        audit.recordPageRead(AuditAction.PEOPLE_SEARCHED, "people", List.of(), page.size());
        return page;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public int count(String text) {
        String q = pattern(text);
        return q == null ? 0 : jdbc.sql("select count(*) from (" + PEOPLE + ") p").param("q", q)
                .query(Integer.class).single();
    }

    private static @Nullable String pattern(@Nullable String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (t.length() < MIN_SEARCH) {
            return null;
        }
        return "%" + t.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    /** The person as stored now: ids, name, username and family, or empty when there is no such person. */
    record Subject(@Nullable Long userId, @Nullable Long memberId, @Nullable Long familyId, @Nullable String username,
                   String name) {
    }

    Optional<Subject> subject(PersonRef ref) {
        if (ref.userId() != null) {
            return jdbc.sql("""
                            select u.id, coalesce(u.family_member_id, (select min(m.id) from family_member m
                                where m.user_id = u.id)) as member_id, u.family_id, u.username, u.display_name
                            from app_user u where u.id = :id""")
                    .param("id", ref.userId())
                    .query((rs, n) -> new Subject(rs.getLong("id"), nullable(rs, "member_id"), nullable(rs, "family_id"),
                            rs.getString("username"), rs.getString("display_name")))
                    .optional();
        }
        return jdbc.sql("""
                        select m.id, m.user_id, m.family_id, u.username, m.name
                        from family_member m left join app_user u on u.id = m.user_id where m.id = :id""")
                .param("id", ref.memberId())
                .query((rs, n) -> new Subject(nullable(rs, "user_id"), rs.getLong("id"), rs.getLong("family_id"),
                        rs.getString("username"), rs.getString("name")))
                .optional();
    }

    private static @Nullable Long nullable(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    /**
     * Writes the person's ZIP to {@code out}. The export is recorded in the audit trail before the first byte, in a
     * transaction of its own, so even an interrupted download is on record. Unknown person: IllegalArgumentException.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public void export(PersonRef ref, OutputStream out) throws IOException {
        Subject s = subject(ref).orElseThrow(() -> new IllegalArgumentException("no such person"));
        String target = s.userId() != null ? "user:" + s.userId() : "member:" + s.memberId();
        List<SubjectAccessExport.Section> sections = sections(s);
        audit.recordRead(s.familyId(), AuditAction.SUBJECT_ACCESS_EXPORTED, target,
                sections.size() + " sections" + (s.familyId() == null ? "" : ", family " + s.familyId()));
        new SubjectAccessExport(jdbc).write(new SubjectAccessExport.Header(s.name(), s.userId(), s.memberId(),
                clock.instant(), currentUser.require().getUsername()), sections, out);
    }

    /** The file name for the person's download. */
    @PreAuthorize("hasRole('ADMIN')")
    public String fileName(PersonRef ref) {
        return "subject-access-" + (ref.userId() != null ? "user-" + ref.userId() : "member-" + ref.memberId()) + "-"
                + java.time.LocalDate.ofInstant(clock.instant(), java.time.ZoneId.of("Europe/London")) + ".zip";
    }

    /** What is exported, in order. Absent ids are -1 and absent usernames empty, so every query is safe to run. */
    static List<SubjectAccessExport.Section> sections(Subject s) {
        Map<String, Object> p = Map.of("user", s.userId() == null ? -1L : s.userId(),
                "member", s.memberId() == null ? -1L : s.memberId(),
                "family", s.familyId() == null ? -1L : s.familyId(),
                "username", s.username() == null ? "" : s.username());
        List<SubjectAccessExport.Section> all = new ArrayList<>();
        add(all, p, "account", """
                select u.id, u.username, u.display_name, u.role, t.name as team, u.family_id, u.email, u.active,
                       u.must_change_password, u.on_duty, u.created_at
                from app_user u left join team t on t.id = u.team_id where u.id = :user""");
        add(all, p, "family_membership", """
                select m.id, m.name, m.relationship, m.member_type, m.date_of_birth, m.created_at,
                       f.display_name as family, f.case_reference
                from family_member m join family f on f.id = m.family_id where m.id = :member""");
        add(all, p, "invitations", """
                select id, created_at, expires_at, redeemed_at, revoked_at from invitation
                where family_member_id = :member order by id""");
        add(all, p, "feedback", """
                select f.reference, f.source, f.about, f.about_detail, t.name as team, f.listened, f.understood,
                       f.respected, f.went_well, f.could_be_better, f.may_contact, f.may_use_words, f.contact_details,
                       f.flagged, f.status, f.submitted_at, f.reply_expected_by, f.read_at
                from feedback f left join team t on t.id = f.team_id
                where f.author_user_id = :user order by f.submitted_at, f.id""");
        add(all, p, "feedback_replies", """
                select f.reference as feedback_reference, r.author_name, r.text, r.sent_at
                from feedback_reply r join feedback f on f.id = r.feedback_id
                where f.author_user_id = :user order by r.sent_at, r.id""");
        add(all, p, "contributions", """
                select c.id, c.meeting_id, c.kind, c.text, c.heard_by, c.visible_to, c.status,
                       c.may_use_for_improvement, c.agenda_state, c.created_at, c.updated_at
                from meeting_contribution c where c.author_user_id = :user order by c.created_at, c.id""");
        add(all, p, "agenda_items", """
                select a.id, a.meeting_id, a.kind, a.outcome, a.created_at from agenda_item a
                where a.id in (select c.agenda_item_id from meeting_contribution c
                               where c.author_user_id = :user and c.agenda_item_id is not null)
                order by a.meeting_id, a.sort_order""");
        add(all, p, "meetings", """
                select m.id, m.meeting_type, m.starts_at, m.duration_minutes, m.place, m.status, m.cancelled_reason,
                       m.next_review_on
                from meeting_attendee a join meeting m on m.id = a.meeting_id
                where a.family_member_id = :member order by m.starts_at, m.id""");
        add(all, p, "meeting_checks", """
                select meeting_id, respondent, listened_to, knows_next, comment, may_use_for_improvement, answered_at
                from meeting_check where user_id = :user order by answered_at, id""");
        add(all, p, "notifications", """
                select message_key, message_arg, link, created_at, read_at from notification
                where user_id = :user order by created_at, id""");
        add(all, p, "emails", """
                select to_address, subject, body, status, created_at, sent_at from email_outbox
                where user_id = :user order by created_at, id""");
        add(all, p, "meeting_reminders", """
                select meeting_id, sent_at from meeting_reminder where user_id = :user order by sent_at""");
        add(all, p, "consent_choices", """
                select origin, origin_id, purpose, given, wording_key, wording_version, wording_hash, recorded_at
                from consent_record where user_id = :user order by recorded_at, id""");
        add(all, p, "words_used", """
                select origin, origin_id, said_at, redacted_text, sentiment from voice_item
                where author_user_id = :user order by said_at, id""");
        add(all, p, "replies_written", """
                select f.reference as feedback_reference, r.text, r.sent_at
                from feedback_reply r join feedback f on f.id = r.feedback_id
                where r.author_user_id = :user order by r.sent_at, r.id""");
        add(all, p, "notes_written", """
                select action_id, note, written_at from improvement_note where author_id = :user
                order by written_at, id""");
        add(all, p, "own_actions", """
                select occurred_at, action, target, details, client_address from audit_event
                where actor = 'user#' || cast(:user as varchar(20)) or actor = :username order by id""");
        // the trail names accounts by id (user#12) since V13, by username before: both are looked for, and the
        // staff member is shown by name
        add(all, p, "reads_by_staff", """
                select e.occurred_at, coalesce(u.display_name, e.actor) as actor, e.action, e.target from audit_event e
                left join app_user u on e.actor = 'user#' || cast(u.id as varchar(20))
                where e.family_id = :family
                  and ((u.id is not null and u.family_id is null)
                       or e.actor in (select username from app_user where family_id is null))
                  and (e.target is null or e.target like 'family:%' or e.target like 'meeting:%'
                       or e.target like 'meetings:%'
                       or e.target = 'user#' || cast(:user as varchar(20))
                       or e.target = 'user:' || cast(:user as varchar(20))
                       or e.target = 'member:' || cast(:member as varchar(20))
                       or e.target in (select 'feedback:' || reference from feedback where author_user_id = :user)
                       or e.target in (select 'contribution:' || cast(id as varchar(20)) from meeting_contribution
                                       where author_user_id = :user))
                order by e.id""");
        return all;
    }

    private static void add(List<SubjectAccessExport.Section> all, Map<String, Object> params, String name, String sql) {
        all.add(new SubjectAccessExport.Section(name, sql, params));
    }
}

package org.familyvoice.meetings.repository;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Persistence for what happens after a meeting: outcomes on agenda items, actions, the next review, the sharing of
 * the plan, and post-meeting checks. Every rule about who sees which words is in these queries, so words someone may
 * not see never leave the database.
 */
@Repository
public class AfterMeetingRepository {

    private final JdbcClient jdbc;

    AfterMeetingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The parts of a meeting the after-meeting rules need. */
    public record MeetingFacts(long id, long familyId, String status, Instant startsAt, int durationMinutes,
                               long agendaVersion, @Nullable LocalDate nextReviewOn, @Nullable Instant planSharedAt) {
        public Instant endsAt() {
            return startsAt.plusSeconds(60L * durationMinutes);
        }
    }

    public record ItemRow(long id, String origin, String kind, @Nullable String staffText, @Nullable String outcome) {
    }

    public record QuoteRow(long itemId, String text, long authorId, String authorName, String authorRole,
                           String visibleTo) {
    }

    public record ActionRow(long id, String what, String who, LocalDate dueOn) {
    }

    public record CheckRow(long meetingId, String respondent, String name, String listenedTo, String knowsNext,
                           @Nullable String comment, boolean mayUse, boolean flagged, Instant answeredAt) {
    }

    public record SideCounts(String respondent, int answered, int people) {
    }

    public record AnswerCount(String respondent, String question, String answer, int count) {
    }

    public record MeetingHead(long id, String familyName, String type, Instant startsAt) {
    }

    // ---------------------------------------------------------------- the meeting and its version

    public Optional<MeetingFacts> facts(long meetingId) {
        return jdbc.sql("""
                        select id, family_id, status, starts_at, duration_minutes, agenda_version, next_review_on,
                               plan_recorded_at
                        from meeting where id = :id""")
                .param("id", meetingId)
                .query((rs, n) -> new MeetingFacts(rs.getLong(1), rs.getLong(2), rs.getString(3), instant(rs, 4),
                        rs.getInt(5), rs.getLong(6), date(rs, 7), nullableInstant(rs, 8)))
                .optional();
    }

    /** Raises the agenda version if it is still {@code seen}; false when someone else changed it in between. */
    public boolean bumpAgendaVersion(long meetingId, long seen) {
        return jdbc.sql("update meeting set agenda_version = agenda_version + 1 where id = :id and agenda_version = :seen")
                .param("id", meetingId).param("seen", seen).update() == 1;
    }

    public void setNextReview(long meetingId, LocalDate on) {
        jdbc.sql("update meeting set next_review_on = :on where id = :id")
                .param("on", Date.valueOf(on)).param("id", meetingId).update();
    }

    /** Marks the plan shared if it was not yet; true when this call shared it. */
    public boolean markShared(long meetingId, Instant at) {
        return jdbc.sql("update meeting set plan_recorded_at = :at where id = :id and plan_recorded_at is null")
                .param("at", Timestamp.from(at)).param("id", meetingId).update() == 1;
    }

    public List<Long> invitedUsers(long meetingId) {
        return jdbc.sql("""
                        select distinct fm.user_id from meeting_attendee a join family_member fm on fm.id = a.family_member_id
                        where a.meeting_id = :m and fm.user_id is not null order by fm.user_id""")
                .param("m", meetingId).query(Long.class).list();
    }

    // ---------------------------------------------------------------- agenda items and outcomes

    /** Every item of the meeting's agenda, in order: for staff. */
    public List<ItemRow> items(long meetingId) {
        return jdbc.sql("""
                        select id, origin, kind, staff_text, outcome from agenda_item
                        where meeting_id = :m order by sort_order, id""")
                .param("m", meetingId).query(AfterMeetingRepository::item).list();
    }

    /**
     * The items a family member may see: the practitioner's own, and those quoting at least one contribution the
     * viewer may see (their own, or one shared with everyone), still standing.
     */
    public List<ItemRow> itemsVisibleTo(long meetingId, long userId) {
        return jdbc.sql("""
                        select i.id, i.origin, i.kind, i.staff_text, i.outcome from agenda_item i
                        where i.meeting_id = :m and (i.origin = 'PRACTITIONER' or exists (
                            select 1 from meeting_contribution c
                            where c.agenda_item_id = i.id and c.agenda_state = 'ON_AGENDA' and c.status = 'ACTIVE'
                              and (c.author_user_id = :me or c.visible_to = 'EVERYONE')))
                        order by i.sort_order, i.id""")
                .param("m", meetingId).param("me", userId).query(AfterMeetingRepository::item).list();
    }

    /** Every quote on the meeting's agenda: for staff. */
    public List<QuoteRow> quotes(long meetingId) {
        return jdbc.sql(QUOTES + " order by c.id").param("m", meetingId).query(AfterMeetingRepository::quote).list();
    }

    /** The quotes a family member may see: their own and those shared with everyone. */
    public List<QuoteRow> quotesVisibleTo(long meetingId, long userId) {
        return jdbc.sql(QUOTES + " and (c.author_user_id = :me or c.visible_to = 'EVERYONE') order by c.id")
                .param("m", meetingId).param("me", userId).query(AfterMeetingRepository::quote).list();
    }

    private static final String QUOTES = """
            select c.agenda_item_id, c.text, c.author_user_id, u.display_name, u.role, c.visible_to
            from meeting_contribution c join agenda_item i on i.id = c.agenda_item_id
                 join app_user u on u.id = c.author_user_id
            where i.meeting_id = :m and c.agenda_state = 'ON_AGENDA' and c.status = 'ACTIVE'""";

    public boolean itemBelongsTo(long itemId, long meetingId) {
        return jdbc.sql("select count(*) from agenda_item where id = :id and meeting_id = :m")
                .param("id", itemId).param("m", meetingId).query(Integer.class).single() > 0;
    }

    public void setOutcome(long itemId, @Nullable String outcome) {
        jdbc.sql("update agenda_item set outcome = :o where id = :id").param("o", outcome).param("id", itemId).update();
    }

    public boolean anythingRecorded(long meetingId) {
        return jdbc.sql("""
                        select (select count(*) from agenda_item where meeting_id = :m and outcome is not null)
                             + (select count(*) from meeting_action where meeting_id = :m)
                             + (select count(*) from meeting where id = :m and next_review_on is not null)""")
                .param("m", meetingId).query(Integer.class).single() > 0;
    }

    // ---------------------------------------------------------------- actions

    public List<ActionRow> actions(long meetingId) {
        return jdbc.sql("""
                        select id, action_text, owner_name, due_on from meeting_action
                        where meeting_id = :m order by sort_order, id""")
                .param("m", meetingId)
                .query((rs, n) -> new ActionRow(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class)))
                .list();
    }

    public int countActions(long meetingId) {
        return jdbc.sql("select count(*) from meeting_action where meeting_id = :m").param("m", meetingId)
                .query(Integer.class).single();
    }

    public long addAction(long meetingId, String what, String who, LocalDate dueOn, long createdBy, Instant at) {
        int order = jdbc.sql("select coalesce(max(sort_order), 0) + 1 from meeting_action where meeting_id = :m")
                .param("m", meetingId).query(Integer.class).single();
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        insert into meeting_action (meeting_id, sort_order, action_text, owner_name, due_on, created_by,
                                                    created_at)
                        values (:m, :o, :what, :who, :due, :by, :at)""")
                .param("m", meetingId).param("o", order).param("what", what).param("who", who)
                .param("due", Date.valueOf(dueOn)).param("by", createdBy).param("at", Timestamp.from(at))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** Removes an action of this meeting; false when there is no such action on it. */
    public boolean removeAction(long meetingId, long actionId) {
        return jdbc.sql("delete from meeting_action where id = :id and meeting_id = :m")
                .param("id", actionId).param("m", meetingId).update() == 1;
    }

    // ---------------------------------------------------------------- post-meeting checks

    public boolean hasAnswered(long meetingId, long userId) {
        return jdbc.sql("select count(*) from meeting_check where meeting_id = :m and user_id = :u")
                .param("m", meetingId).param("u", userId).query(Integer.class).single() > 0;
    }

    /** Stores an answer; a second answer by the same person breaks the unique constraint (DuplicateKeyException). */
    public long insertCheck(long meetingId, long userId, String respondent, String listenedTo, String knowsNext,
                            @Nullable String comment, boolean mayUse, Instant at) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        insert into meeting_check (meeting_id, user_id, respondent, listened_to, knows_next, comment,
                                                   may_use_for_improvement, answered_at)
                        values (:m, :u, :r, :l, :k, :c, :may, :at)""")
                .param("m", meetingId).param("u", userId).param("r", respondent).param("l", listenedTo)
                .param("k", knowsNext).param("c", comment).param("may", mayUse).param("at", Timestamp.from(at))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    public void flagCheck(long checkId) {
        jdbc.sql("update meeting_check set flagged = true where id = :id").param("id", checkId).update();
    }

    /** The answers about some meetings, child first, then parents and carers, then practitioners. */
    public List<CheckRow> checks(List<Long> meetingIds) {
        if (meetingIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select c.meeting_id, c.respondent, u.display_name, c.listened_to, c.knows_next, c.comment,
                               c.may_use_for_improvement, c.flagged, c.answered_at
                        from meeting_check c join app_user u on u.id = c.user_id
                        where c.meeting_id in (:ids)
                        order by case c.respondent when 'CHILD' then 0 when 'PARENT' then 1 else 2 end, c.id""")
                .param("ids", meetingIds)
                .query((rs, n) -> new CheckRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getBoolean(7), rs.getBoolean(8), instant(rs, 9)))
                .list();
    }

    private static final String TEAM_CHECKS = """
            from meeting_check c join meeting m on m.id = c.meeting_id join family f on f.id = m.family_id
            where f.team_id = :team and m.starts_at >= :from and m.starts_at < :to""";

    /** Per side: how many answers and how many distinct people gave them, for a team's meetings in a period. */
    public List<SideCounts> sideCounts(long teamId, Instant from, Instant to) {
        return jdbc.sql("select c.respondent, count(*), count(distinct c.user_id) " + TEAM_CHECKS
                        + " group by c.respondent")
                .param("team", teamId).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query((rs, n) -> new SideCounts(rs.getString(1), rs.getInt(2), rs.getInt(3))).list();
    }

    /** Per side, question and answer: how many gave that answer, for a team's meetings in a period. */
    public List<AnswerCount> answerCounts(long teamId, Instant from, Instant to) {
        return jdbc.sql("select c.respondent, 'LISTENED', c.listened_to, count(*) " + TEAM_CHECKS
                        + " group by c.respondent, c.listened_to"
                        + " union all select c.respondent, 'NEXT', c.knows_next, count(*) " + TEAM_CHECKS
                        + " group by c.respondent, c.knows_next")
                .param("team", teamId).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query((rs, n) -> new AnswerCount(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4)))
                .list();
    }

    /** A team's meetings in a period that have at least one answer, newest first, a page at a time. */
    public List<MeetingHead> meetingsWithChecks(long teamId, Instant from, Instant to, long offset, int limit) {
        return jdbc.sql("""
                        select m.id, f.display_name, m.meeting_type, m.starts_at
                        from meeting m join family f on f.id = m.family_id
                        where f.team_id = :team and m.starts_at >= :from and m.starts_at < :to
                          and exists (select 1 from meeting_check c where c.meeting_id = m.id)
                        order by m.starts_at desc, m.id desc limit :limit offset :offset""")
                .param("team", teamId).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .param("limit", limit).param("offset", offset)
                .query((rs, n) -> new MeetingHead(rs.getLong(1), rs.getString(2), rs.getString(3), instant(rs, 4)))
                .list();
    }

    public int countMeetingsWithChecks(long teamId, Instant from, Instant to) {
        return jdbc.sql("""
                        select count(*) from meeting m join family f on f.id = m.family_id
                        where f.team_id = :team and m.starts_at >= :from and m.starts_at < :to
                          and exists (select 1 from meeting_check c where c.meeting_id = m.id)""")
                .param("team", teamId).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query(Integer.class).single();
    }

    // ---------------------------------------------------------------- mapping

    private static ItemRow item(ResultSet rs, int n) throws SQLException {
        return new ItemRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5));
    }

    private static QuoteRow quote(ResultSet rs, int n) throws SQLException {
        return new QuoteRow(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                rs.getString(6));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getTimestamp(column).toInstant();
    }

    private static @Nullable Instant nullableInstant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static @Nullable LocalDate date(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }
}

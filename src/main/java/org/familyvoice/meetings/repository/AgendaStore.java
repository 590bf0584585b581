package org.familyvoice.meetings.repository;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A meeting's agenda in the database: its items, where each contribution stands, and the agenda version that guards
 * against two people changing it at once. Plain SQL with named columns, so columns added later (an item's outcome)
 * are left alone.
 */
@Repository
public class AgendaStore {

    /** Which quotes to read. */
    public enum Quotes {
        /** every contribution still standing, whatever its state: for the family's staff */
        ALL,
        /** on the agenda, and either the reader's own or shared with everyone: for an invited family member */
        VISIBLE_TO_READER,
        /** on the agenda and shared with everyone: the printed copy for everyone in the room */
        SHARED_WITH_EVERYONE
    }

    public record ItemRow(long id, long meetingId, int sortOrder, String origin, String kind,
                          @Nullable String staffText) {
    }

    public record QuoteRow(long id, long meetingId, String agendaState, @Nullable Long agendaItemId, String kind,
                           String text, String heardBy, String visibleTo, long authorUserId, String authorName,
                           String authorRole, boolean flagged, boolean mayUseForImprovement, Instant createdAt,
                           Instant updatedAt, long version) {
    }

    public record Standing(long id, long meetingId, String status, String agendaState, @Nullable Long agendaItemId) {
    }

    public record State(long agendaVersion, @Nullable Instant publishedAt) {
    }

    private final JdbcClient jdbc;

    AgendaStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---------------------------------------------------------------- the agenda version

    /**
     * Raises the agenda version if it is still the one the caller saw; false when someone else changed the agenda
     * since. The row stays locked until the transaction ends, so changes to one agenda happen one after the other.
     */
    public boolean bump(long meetingId, long seenVersion) {
        return jdbc.sql("update meeting set agenda_version = agenda_version + 1 where id = :id and agenda_version = :seen")
                .param("id", meetingId).param("seen", seenVersion).update() == 1;
    }

    /** Raises the agenda version whatever it was: a change that did not start from the agenda (a withdrawal). */
    public void bump(long meetingId) {
        jdbc.sql("update meeting set agenda_version = agenda_version + 1 where id = :id").param("id", meetingId).update();
    }

    public State state(long meetingId) {
        return jdbc.sql("select agenda_version, agenda_published_at from meeting where id = :id").param("id", meetingId)
                .query((rs, n) -> new State(rs.getLong(1), instant(rs.getTimestamp(2))))
                .single();
    }

    /** Sets the publication time unless it is set already; false if it was. */
    public boolean publish(long meetingId, Instant at) {
        return jdbc.sql("update meeting set agenda_published_at = :at where id = :id and agenda_published_at is null")
                .param("at", Timestamp.from(at)).param("id", meetingId).update() == 1;
    }

    // ---------------------------------------------------------------- reading

    public List<ItemRow> items(long meetingId) {
        return jdbc.sql("""
                        select id, meeting_id, sort_order, origin, kind, staff_text from agenda_item
                        where meeting_id = :m order by sort_order, id""")
                .param("m", meetingId).query(ItemRow.class).list();
    }

    public Optional<ItemRow> item(long id) {
        return jdbc.sql("select id, meeting_id, sort_order, origin, kind, staff_text from agenda_item where id = :id")
                .param("id", id).query(ItemRow.class).optional();
    }

    /**
     * A meeting's contributions still standing, with their authors, filtered here so that a quote the reader may not
     * see never leaves the database.
     */
    public List<QuoteRow> quotes(long meetingId, Quotes which, long readerUserId) {
        String filter = switch (which) {
            case ALL -> "";
            case VISIBLE_TO_READER ->
                    " and c.agenda_state = 'ON_AGENDA' and (c.author_user_id = :reader or c.visible_to = 'EVERYONE')";
            case SHARED_WITH_EVERYONE -> " and c.agenda_state = 'ON_AGENDA' and c.visible_to = 'EVERYONE'";
        };
        var spec = jdbc.sql("""
                        select c.id, c.meeting_id, c.agenda_state, c.agenda_item_id, c.kind, c.text, c.heard_by,
                               c.visible_to, c.author_user_id, u.display_name as author_name, u.role as author_role,
                               c.flagged, c.may_use_for_improvement, c.created_at, c.updated_at, c.version
                        from meeting_contribution c join app_user u on u.id = c.author_user_id
                        where c.meeting_id = :m and c.status = 'ACTIVE'""" + filter + " order by c.id")
                .param("m", meetingId);
        if (which == Quotes.VISIBLE_TO_READER) {
            spec = spec.param("reader", readerUserId);
        }
        return spec.query((rs, n) -> new QuoteRow(rs.getLong("id"), rs.getLong("meeting_id"), rs.getString("agenda_state"),
                rs.getObject("agenda_item_id", Long.class), rs.getString("kind"), rs.getString("text"),
                rs.getString("heard_by"), rs.getString("visible_to"), rs.getLong("author_user_id"),
                rs.getString("author_name"), rs.getString("author_role"), rs.getBoolean("flagged"),
                rs.getBoolean("may_use_for_improvement"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getLong("version"))).list();
    }

    public Optional<Standing> standing(long contributionId) {
        return jdbc.sql("""
                        select id, meeting_id, status, agenda_state, agenda_item_id from meeting_contribution
                        where id = :id""")
                .param("id", contributionId).query(Standing.class).optional();
    }

    // ---------------------------------------------------------------- changing

    public long insertItem(long meetingId, int sortOrder, String origin, String kind, @Nullable String staffText,
                           long createdBy, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into agenda_item (meeting_id, sort_order, origin, kind, staff_text, created_by, created_at)
                        values (:m, :o, :origin, :kind, :text, :by, :at)""")
                .param("m", meetingId).param("o", sortOrder).param("origin", origin).param("kind", kind)
                .param("text", staffText).param("by", createdBy).param("at", Timestamp.from(at))
                .update(keys, "id");
        return Objects.requireNonNull(keys.getKey()).longValue();
    }

    /** Numbers the items 0, 1, 2… in the order given. */
    public void order(List<Long> itemIds) {
        for (int i = 0; i < itemIds.size(); i++) {
            jdbc.sql("update agenda_item set sort_order = :o where id = :id").param("o", i).param("id", itemIds.get(i))
                    .update();
        }
    }

    public void setStaffText(long itemId, String text) {
        jdbc.sql("update agenda_item set staff_text = :t where id = :id and origin = 'PRACTITIONER'")
                .param("t", text).param("id", itemId).update();
    }

    /** Puts a contribution on the agenda item {@code itemId}, parks it, or makes it new again (itemId null). */
    public void place(long contributionId, String agendaState, @Nullable Long itemId) {
        jdbc.sql("update meeting_contribution set agenda_state = :s, agenda_item_id = :i where id = :id")
                .param("s", agendaState).param("i", itemId).param("id", contributionId).update();
    }

    /** Removes a family item that no longer quotes anything; true if it was removed. */
    public boolean removeIfEmpty(long itemId) {
        return jdbc.sql("""
                        delete from agenda_item where id = :id and origin = 'FAMILY'
                        and not exists (select 1 from meeting_contribution c where c.agenda_item_id = :id)""")
                .param("id", itemId).update() == 1;
    }

    /** Removes an item; the contributions it quoted become new again. */
    public void remove(long itemId) {
        jdbc.sql("update meeting_contribution set agenda_state = 'NEW', agenda_item_id = null where agenda_item_id = :id")
                .param("id", itemId).update();
        jdbc.sql("delete from agenda_item where id = :id").param("id", itemId).update();
    }

    /**
     * A withdrawn contribution leaves the agenda: it stands nowhere, an item left empty is removed, and the agenda
     * version rises so that anyone building the agenda from an older view is told to look again.
     */
    public void takeOff(long contributionId, long meetingId) {
        Long itemId = jdbc.sql("select agenda_item_id from meeting_contribution where id = :id")
                .param("id", contributionId).query(Long.class).optional().orElse(null);
        place(contributionId, "NEW", null);
        if (itemId != null) {
            removeIfEmpty(itemId);
        }
        bump(meetingId);
    }

    private static @Nullable Instant instant(@Nullable Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}

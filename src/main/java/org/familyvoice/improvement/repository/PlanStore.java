package org.familyvoice.improvement.repository;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The improvement plan as stored: areas, actions, progress notes and evidence. Every change to an area or an action
 * names the version the person saw and raises it, so a change made by someone else in between is noticed instead of
 * overwritten. The names of themes and the redacted words of quotes are read here for the evidence list (never
 * the words as typed); the taxonomy itself is changed only through the themes feature.
 */
@Repository
public class PlanStore {

    public record AreaRow(long id, String code, String name, String description, int sortOrder, boolean active,
                          long version) {
    }

    public record AreaThemeRow(long areaId, long themeId, String code, String name) {
    }

    public record ActionRow(long id, long areaId, String title, String ownerName, LocalDate dueOn, String status,
                            Instant changedAt, long version) {
    }

    public record NoteRow(long id, long actionId, String note, String authorName, Instant writtenAt) {
    }

    public record EvidenceRow(long id, long actionId, @Nullable Long themeId, @Nullable Long itemId, String text,
                              @Nullable LocalDate saidOn, Instant linkedAt) {
    }

    public record ChoiceRow(long id, String areaName, String title, String status) {
    }

    private static final String AREA = "id, code, name, description, sort_order, active, version";
    private static final String ACTION = "id, area_id, title, owner_name, due_on, status, changed_at, version";

    private final JdbcClient jdbc;

    PlanStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---------------------------------------------------------------- areas

    /** Every area, those in use first, in the plan's order. */
    public List<AreaRow> areas() {
        return jdbc.sql("select " + AREA + " from improvement_area order by active desc, sort_order, id")
                .query(PlanStore::area).list();
    }

    public Optional<AreaRow> area(long id) {
        return jdbc.sql("select " + AREA + " from improvement_area where id = :id").param("id", id)
                .query(PlanStore::area).optional();
    }

    /** The active themes mapped to each area, by name. */
    public List<AreaThemeRow> areaThemes() {
        return jdbc.sql("""
                        select ta.area_id, t.id, t.code, t.name from theme_area ta join theme t on t.id = ta.theme_id
                        where t.active order by lower(t.name), t.id""")
                .query((rs, n) -> new AreaThemeRow(rs.getLong("area_id"), rs.getLong("id"), rs.getString("code"),
                        rs.getString("name"))).list();
    }

    public boolean areaCodeTaken(String code) {
        return jdbc.sql("select count(*) from improvement_area where code = :code").param("code", code)
                .query(Integer.class).single() > 0;
    }

    /** Whether another area (not {@code exceptId}) has this name, whatever the letter case. */
    public boolean areaNameTaken(String name, long exceptId) {
        return jdbc.sql("select count(*) from improvement_area where lower(name) = lower(:name) and id <> :id")
                .param("name", name).param("id", exceptId).query(Integer.class).single() > 0;
    }

    /** Adds an area at the end of the plan. */
    public long insertArea(String code, String name, String description) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into improvement_area (code, name, description, sort_order)
                        select :code, :name, :description, coalesce(max(sort_order), 0) + 1 from improvement_area""")
                .param("code", code).param("name", name).param("description", description)
                .update(key, "id");
        return Objects.requireNonNull(key.getKey()).longValue();
    }

    public boolean updateArea(long id, long seenVersion, String name, String description) {
        return jdbc.sql("""
                        update improvement_area set name = :name, description = :description, version = version + 1
                        where id = :id and version = :seen""")
                .param("name", name).param("description", description).param("id", id).param("seen", seenVersion)
                .update() == 1;
    }

    public boolean setAreaActive(long id, long seenVersion, boolean active) {
        return jdbc.sql("""
                        update improvement_area set active = :active, version = version + 1
                        where id = :id and version = :seen""")
                .param("active", active).param("id", id).param("seen", seenVersion).update() == 1;
    }

    // ---------------------------------------------------------------- actions

    /** Every action, soonest due first. */
    public List<ActionRow> actions() {
        return jdbc.sql("select " + ACTION + " from improvement_action order by due_on, id")
                .query(PlanStore::action).list();
    }

    public Optional<ActionRow> action(long id) {
        return jdbc.sql("select " + ACTION + " from improvement_action where id = :id").param("id", id)
                .query(PlanStore::action).optional();
    }

    public long insertAction(long areaId, String title, String ownerName, LocalDate dueOn, String status, Instant at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into improvement_action (area_id, title, owner_name, due_on, status, created_at, changed_at)
                        values (:area, :title, :owner, :due, :status, :at, :at)""")
                .param("area", areaId).param("title", title).param("owner", ownerName).param("due", dueOn)
                .param("status", status).param("at", Timestamp.from(at))
                .update(key, "id");
        return Objects.requireNonNull(key.getKey()).longValue();
    }

    public boolean updateAction(long id, long seenVersion, long areaId, String title, String ownerName, LocalDate dueOn,
                                String status, Instant at) {
        return jdbc.sql("""
                        update improvement_action set area_id = :area, title = :title, owner_name = :owner,
                            due_on = :due, status = :status, changed_at = :at, version = version + 1
                        where id = :id and version = :seen""")
                .param("area", areaId).param("title", title).param("owner", ownerName).param("due", dueOn)
                .param("status", status).param("at", Timestamp.from(at)).param("id", id).param("seen", seenVersion)
                .update() == 1;
    }

    /** The actions of the areas in use, in the plan's order, for choosing one. */
    public List<ChoiceRow> choices() {
        return jdbc.sql("""
                        select x.id, a.name, x.title, x.status from improvement_action x
                        join improvement_area a on a.id = x.area_id
                        where a.active order by a.sort_order, a.id, x.due_on, x.id""")
                .query((rs, n) -> new ChoiceRow(rs.getLong("id"), rs.getString("name"), rs.getString("title"),
                        rs.getString("status"))).list();
    }

    // ---------------------------------------------------------------- notes

    public long insertNote(long actionId, String note, long authorId, String authorName, Instant at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into improvement_note (action_id, note, author_id, author_name, written_at)
                        values (:action, :note, :author, :name, :at)""")
                .param("action", actionId).param("note", note).param("author", authorId).param("name", authorName)
                .param("at", Timestamp.from(at))
                .update(key, "id");
        return Objects.requireNonNull(key.getKey()).longValue();
    }

    /** An action's notes, newest first. */
    public List<NoteRow> notes(long actionId, int offset, int limit) {
        return jdbc.sql("""
                        select id, action_id, note, author_name, written_at from improvement_note
                        where action_id = :action order by written_at desc, id desc limit :limit offset :offset""")
                .param("action", actionId).param("limit", limit).param("offset", offset)
                .query((rs, n) -> new NoteRow(rs.getLong("id"), rs.getLong("action_id"), rs.getString("note"),
                        rs.getString("author_name"), rs.getTimestamp("written_at").toInstant())).list();
    }

    public int countNotes(long actionId) {
        return jdbc.sql("select count(*) from improvement_note where action_id = :action").param("action", actionId)
                .query(Integer.class).single();
    }

    // ---------------------------------------------------------------- evidence

    /** The themes in use, by name, for linking one: (id, code, name). */
    public List<AreaThemeRow> activeThemes() {
        return jdbc.sql("select id, code, name from theme where active order by lower(name), id")
                .query((rs, n) -> new AreaThemeRow(0, rs.getLong("id"), rs.getString("code"), rs.getString("name")))
                .list();
    }

    public Optional<String> themeName(long themeId) {
        return jdbc.sql("select name from theme where id = :id").param("id", themeId).query(String.class).optional();
    }

    public boolean itemExists(long itemId) {
        return jdbc.sql("select count(*) from voice_item where id = :id").param("id", itemId)
                .query(Integer.class).single() > 0;
    }

    /** Whether the theme ({@code quote} false) or quote is linked to the action already. */
    public boolean linked(long actionId, long sourceId, boolean quote) {
        return jdbc.sql("select count(*) from action_evidence where action_id = :action and "
                        + (quote ? "item_id" : "theme_id") + " = :source")
                .param("action", actionId).param("source", sourceId).query(Integer.class).single() > 0;
    }

    public long insertEvidence(long actionId, @Nullable Long themeId, @Nullable Long itemId, long by, Instant at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into action_evidence (action_id, theme_id, item_id, linked_by, linked_at)
                        values (:action, :theme, :item, :by, :at)""")
                .param("action", actionId).param("theme", themeId).param("item", itemId).param("by", by)
                .param("at", Timestamp.from(at))
                .update(key, "id");
        return Objects.requireNonNull(key.getKey()).longValue();
    }

    /** An action's evidence, newest link first: theme names and the redacted words of quotes, never the words as typed. */
    public List<EvidenceRow> evidence(long actionId) {
        return jdbc.sql("""
                        select e.id, e.action_id, e.theme_id, e.item_id, e.linked_at,
                            coalesce(t.name, v.redacted_text) as shown, v.said_on
                        from action_evidence e
                        left join theme t on t.id = e.theme_id
                        left join voice_item v on v.id = e.item_id
                        where e.action_id = :action order by e.linked_at desc, e.id desc""")
                .param("action", actionId)
                .query(PlanStore::evidence).list();
    }

    public Optional<EvidenceRow> evidenceById(long id) {
        return jdbc.sql("""
                        select e.id, e.action_id, e.theme_id, e.item_id, e.linked_at,
                            coalesce(t.name, v.redacted_text) as shown, v.said_on
                        from action_evidence e
                        left join theme t on t.id = e.theme_id
                        left join voice_item v on v.id = e.item_id
                        where e.id = :id""")
                .param("id", id).query(PlanStore::evidence).optional();
    }

    public boolean deleteEvidence(long id) {
        return jdbc.sql("delete from action_evidence where id = :id").param("id", id).update() == 1;
    }

    // ---------------------------------------------------------------- mapping

    private static AreaRow area(ResultSet rs, int n) throws SQLException {
        return new AreaRow(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("description"),
                rs.getInt("sort_order"), rs.getBoolean("active"), rs.getLong("version"));
    }

    private static ActionRow action(ResultSet rs, int n) throws SQLException {
        return new ActionRow(rs.getLong("id"), rs.getLong("area_id"), rs.getString("title"), rs.getString("owner_name"),
                rs.getObject("due_on", LocalDate.class), rs.getString("status"),
                rs.getTimestamp("changed_at").toInstant(), rs.getLong("version"));
    }

    private static EvidenceRow evidence(ResultSet rs, int n) throws SQLException {
        long theme = rs.getLong("theme_id");
        Long themeId = rs.wasNull() ? null : theme;
        long item = rs.getLong("item_id");
        Long itemId = rs.wasNull() ? null : item;
        return new EvidenceRow(rs.getLong("id"), rs.getLong("action_id"), themeId, itemId,
                Objects.requireNonNullElse(rs.getString("shown"), ""), rs.getObject("said_on", LocalDate.class),
                rs.getTimestamp("linked_at").toInstant());
    }
}

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
 * "You said, we did" in the database, and the pick lists the editor needs (themes, improvement actions, the redacted
 * items of a theme), read with plain SQL so this part depends on no other feature's code. Every change to an entry
 * checks and raises its version, so two managers cannot overwrite each other's work unseen.
 * {@code published_at} is set while the entry is public; {@code published_by} is set at the first publication and
 * kept, so "has it ever been published" (and so "have its people been told") survives an unpublish.
 */
@Repository
public class YouSaidStore {

    public record EntryRow(long id, String heard, String did, LocalDate doneOn, @Nullable Long themeId,
                           @Nullable String themeName, @Nullable Long actionId, @Nullable String actionTitle,
                           Instant createdAt, @Nullable Instant publishedAt, @Nullable Long publishedBy, long version) {
    }

    public record PublishedRow(long id, String heard, String did, LocalDate doneOn) {
    }

    public record ChoiceRow(long id, String name) {
    }

    public record VoiceRow(long itemId, LocalDate saidOn, String redactedText) {
    }

    private static final String ENTRY = """
            select e.id, e.heard, e.did, e.done_on, e.theme_id, t.name as theme_name, e.action_id,
                a.title as action_title, e.created_at, e.published_at, e.published_by, e.version
            from you_said_we_did e left join theme t on t.id = e.theme_id
                left join improvement_action a on a.id = e.action_id
            """;

    private final JdbcClient jdbc;

    YouSaidStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---------------------------------------------------------------- entries

    public long insert(String heard, String did, LocalDate doneOn, @Nullable Long themeId, @Nullable Long actionId,
                       long createdBy, Instant at) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into you_said_we_did (heard, did, done_on, theme_id, action_id, created_by, created_at)
                        values (:heard, :did, :doneOn, :theme, :action, :by, :at)""")
                .param("heard", heard).param("did", did).param("doneOn", doneOn).param("theme", themeId)
                .param("action", actionId).param("by", createdBy).param("at", Timestamp.from(at))
                .update(key, "id");
        return Objects.requireNonNull(key.getKey()).longValue();
    }

    /** Changes a draft if it is still the version the caller saw and not public; false otherwise. */
    public boolean update(long id, long seenVersion, String heard, String did, LocalDate doneOn,
                          @Nullable Long themeId, @Nullable Long actionId) {
        return jdbc.sql("""
                        update you_said_we_did set heard = :heard, did = :did, done_on = :doneOn, theme_id = :theme,
                            action_id = :action, version = version + 1
                        where id = :id and version = :seen and published_at is null""")
                .param("heard", heard).param("did", did).param("doneOn", doneOn).param("theme", themeId)
                .param("action", actionId).param("id", id).param("seen", seenVersion).update() == 1;
    }

    public void replaceItems(long entryId, List<Long> itemIds) {
        jdbc.sql("delete from you_said_item where entry_id = :id").param("id", entryId).update();
        for (long item : itemIds) {
            jdbc.sql("insert into you_said_item (entry_id, item_id) values (:entry, :item)")
                    .param("entry", entryId).param("item", item).update();
        }
    }

    /** Makes a draft public if it is still the version the caller saw; false otherwise. */
    public boolean publish(long id, long seenVersion, long by, Instant at) {
        return jdbc.sql("""
                        update you_said_we_did set published_at = :at, published_by = coalesce(published_by, :by),
                            version = version + 1
                        where id = :id and version = :seen and published_at is null""")
                .param("at", Timestamp.from(at)).param("by", by).param("id", id).param("seen", seenVersion)
                .update() == 1;
    }

    /** Takes a public entry off the public page if it is still the version the caller saw; false otherwise. */
    public boolean unpublish(long id, long seenVersion) {
        return jdbc.sql("""
                        update you_said_we_did set published_at = null, version = version + 1
                        where id = :id and version = :seen and published_at is not null""")
                .param("id", id).param("seen", seenVersion).update() == 1;
    }

    /** Deletes a draft that was never published, if it is still the version the caller saw; false otherwise. */
    public boolean deleteDraft(long id, long seenVersion) {
        if (jdbc.sql("select count(*) from you_said_we_did where id = :id and version = :seen and published_by is null")
                .param("id", id).param("seen", seenVersion).query(Integer.class).single() != 1) {
            return false;
        }
        jdbc.sql("delete from you_said_item where entry_id = :id").param("id", id).update();
        return jdbc.sql("delete from you_said_we_did where id = :id and version = :seen and published_by is null")
                .param("id", id).param("seen", seenVersion).update() == 1;
    }

    public Optional<EntryRow> find(long id) {
        return jdbc.sql(ENTRY + " where e.id = :id").param("id", id).query(YouSaidStore::entry).optional();
    }

    public List<Long> items(long entryId) {
        return jdbc.sql("select item_id from you_said_item where entry_id = :id order by item_id")
                .param("id", entryId).query(Long.class).list();
    }

    /** Every entry, drafts included, the newest "when" first. */
    public List<EntryRow> page(long offset, int limit) {
        return jdbc.sql(ENTRY + " order by e.done_on desc, e.id desc offset :offset rows fetch next :limit rows only")
                .param("offset", offset).param("limit", limit).query(YouSaidStore::entry).list();
    }

    public int count() {
        return jdbc.sql("select count(*) from you_said_we_did").query(Integer.class).single();
    }

    /** Public entries, the newest "when" first. */
    public List<PublishedRow> published(long offset, int limit) {
        return jdbc.sql("""
                        select id, heard, did, done_on from you_said_we_did where published_at is not null
                        order by done_on desc, published_at desc, id desc offset :offset rows fetch next :limit rows only""")
                .param("offset", offset).param("limit", limit)
                .query((rs, n) -> new PublishedRow(rs.getLong("id"), rs.getString("heard"), rs.getString("did"),
                        rs.getObject("done_on", LocalDate.class)))
                .list();
    }

    public int countPublished() {
        return jdbc.sql("select count(*) from you_said_we_did where published_at is not null").query(Integer.class)
                .single();
    }

    /** Public entries published from {@code from} (inclusive) to {@code to} (exclusive), oldest first. */
    public List<PublishedRow> publishedBetween(Instant from, Instant to) {
        return jdbc.sql("""
                        select id, heard, did, done_on from you_said_we_did
                        where published_at >= :from and published_at < :to order by done_on, id""")
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query((rs, n) -> new PublishedRow(rs.getLong("id"), rs.getString("heard"), rs.getString("did"),
                        rs.getObject("done_on", LocalDate.class)))
                .list();
    }

    /**
     * The accounts to tell about an entry: the distinct authors of its items who agreed to be contacted. Anonymous
     * items have no author; items whose author did not agree are left out.
     */
    public List<Long> authorsWhoMayBeContacted(long entryId) {
        return jdbc.sql("""
                        select distinct i.author_user_id from you_said_item s join voice_item i on i.id = s.item_id
                        where s.entry_id = :id and i.author_user_id is not null and i.may_contact = true
                        order by i.author_user_id""")
                .param("id", entryId).query(Long.class).list();
    }

    // ---------------------------------------------------------------- pick lists

    public List<ChoiceRow> activeThemes() {
        return jdbc.sql("select id, name from theme where active order by name, id")
                .query((rs, n) -> new ChoiceRow(rs.getLong(1), rs.getString(2))).list();
    }

    /** Improvement actions as "title (area)", in the plan's order. */
    public List<ChoiceRow> actions() {
        return jdbc.sql("""
                        select a.id, a.title, ar.name from improvement_action a join improvement_area ar on ar.id = a.area_id
                        order by ar.sort_order, a.due_on, a.id""")
                .query((rs, n) -> new ChoiceRow(rs.getLong(1), rs.getString(2) + " (" + rs.getString(3) + ")")).list();
    }

    public boolean themeIsActive(long id) {
        return jdbc.sql("select count(*) from theme where id = :id and active").param("id", id).query(Integer.class)
                .single() == 1;
    }

    public boolean actionExists(long id) {
        return jdbc.sql("select count(*) from improvement_action where id = :id").param("id", id)
                .query(Integer.class).single() == 1;
    }

    /** How many of these item ids exist. */
    public int existingItems(List<Long> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        return jdbc.sql("select count(*) from voice_item where id in (:ids)").param("ids", ids)
                .query(Integer.class).single();
    }

    /** Distinct people behind a theme's items over the days {@code from} to {@code to}. */
    public int voicePeople(long themeId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select count(distinct contributor_key) from voice_item_theme
                        where theme_id = :theme and said_on between :from and :to""")
                .param("theme", themeId).param("from", from).param("to", to).query(Integer.class).single();
    }

    public int voiceCount(long themeId, LocalDate from, LocalDate to) {
        return jdbc.sql("select count(*) from voice_item_theme where theme_id = :theme and said_on between :from and :to")
                .param("theme", themeId).param("from", from).param("to", to).query(Integer.class).single();
    }

    /** One page of a theme's items over the days, newest first, as redacted words. */
    public List<VoiceRow> voices(long themeId, LocalDate from, LocalDate to, long offset, int limit) {
        return jdbc.sql("""
                        select i.id, i.said_on, i.redacted_text from voice_item_theme t join voice_item i on i.id = t.item_id
                        where t.theme_id = :theme and t.said_on between :from and :to
                        order by i.said_at desc, i.id desc offset :offset rows fetch next :limit rows only""")
                .param("theme", themeId).param("from", from).param("to", to).param("offset", offset)
                .param("limit", limit)
                .query((rs, n) -> new VoiceRow(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3)))
                .list();
    }

    /** Items by id (the ones an entry links), as redacted words, newest first. */
    public List<VoiceRow> voicesById(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select id, said_on, redacted_text from voice_item where id in (:ids) order by said_at desc, id desc")
                .param("ids", ids)
                .query((rs, n) -> new VoiceRow(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3)))
                .list();
    }

    private static EntryRow entry(ResultSet rs, int n) throws SQLException {
        Timestamp published = rs.getTimestamp("published_at");
        return new EntryRow(rs.getLong("id"), rs.getString("heard"), rs.getString("did"),
                rs.getObject("done_on", LocalDate.class), rs.getObject("theme_id", Long.class),
                rs.getString("theme_name"), rs.getObject("action_id", Long.class), rs.getString("action_title"),
                rs.getTimestamp("created_at").toInstant(), published == null ? null : published.toInstant(),
                rs.getObject("published_by", Long.class), rs.getLong("version"));
    }
}

package org.familyvoice.themes.repository;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What staff review: tagged items a page at a time within what the reviewer may read, their themes and corrections,
 * and the words of corrected items that keyword suggestions count. Who may read what is decided by the service; the
 * same rule is written here as SQL ({@link #scope}) so a list never fetches an item the reviewer may not see.
 */
@Repository
public class TagReviewStore {

    /** Whose reading rule applies: a practitioner's (their team's families) or a manager's (anonymous ones too). */
    public record Reviewer(long userId, @Nullable Long teamId, boolean manager) {
    }

    public record ItemRow(long id, String origin, String source, Instant saidAt, String text, String sentiment,
                          @Nullable Long familyId, @Nullable String familyName, @Nullable Long familyTeamId,
                          @Nullable Long allocatedPractitionerId, long teamId, @Nullable Instant reviewedAt,
                          @Nullable String reviewedBy) {
    }

    public record ItemTheme(long itemId, long themeId, String code, String name) {
    }

    public record ChangeRow(long itemId, String changedBy, Instant changedAt, String themesBefore, String themesAfter,
                            String sentimentBefore, String sentimentAfter) {
    }

    public record ThemeTerms(long id, String code, String keywords, String phrases) {
    }

    public record TermCount(String term, int items) {
    }

    private static final String ITEM_COLUMNS = """
            select v.id, v.origin, v.source, v.said_at, v.text, v.sentiment, v.family_id,
                   fam.display_name as family_name, fam.team_id as family_team_id, fam.allocated_practitioner_id, v.team_id, v.reviewed_at,
                   r.display_name as reviewed_by
            from voice_item v
            left join family fam on fam.id = v.family_id
            left join app_user r on r.id = v.reviewed_by
            """;

    private final JdbcClient jdbc;

    TagReviewStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The items a reviewer may read, as SQL over {@code voice_item v left join family fam}: a practitioner, the
     * families allocated to them and the rest of their team's; a manager, their team's families and the anonymous
     * feedback for their team or for no team (as the feedback list shows it to them).
     */
    static String scope(Reviewer reviewer, Map<String, Object> params) {
        params.put("me", reviewer.userId());
        params.put("myTeam", reviewer.teamId() == null ? -1L : reviewer.teamId());
        if (reviewer.manager()) {
            return "(fam.team_id = :myTeam or (v.family_id is null and v.team_id in (:myTeam, 0)))";
        }
        return "(fam.allocated_practitioner_id = :me or fam.team_id = :myTeam)";
    }

    private static String where(Reviewer reviewer, boolean notYetReviewed, @Nullable Long themeId,
                                Map<String, Object> params) {
        List<String> parts = new ArrayList<>();
        parts.add(scope(reviewer, params));
        if (notYetReviewed) {
            parts.add("v.reviewed_at is null");
        }
        if (themeId != null) {
            parts.add("exists (select 1 from voice_item_theme t where t.item_id = v.id and t.theme_id = :theme)");
            params.put("theme", themeId);
        }
        return String.join(" and ", parts);
    }

    /** Newest first: from the start, or after (older than) the item said at {@code afterSaidAt} with id {@code afterId}. */
    public List<ItemRow> page(Reviewer reviewer, boolean notYetReviewed, @Nullable Long themeId,
                              @Nullable Instant afterSaidAt, long afterId, int limit) {
        Map<String, Object> params = new HashMap<>();
        String where = where(reviewer, notYetReviewed, themeId, params);
        if (afterSaidAt != null) {
            where += " and (v.said_at < :afterAt or (v.said_at = :afterAt and v.id < :afterId))";
            params.put("afterAt", Timestamp.from(afterSaidAt));
            params.put("afterId", afterId);
        }
        params.put("limit", limit);
        return jdbc.sql(ITEM_COLUMNS + "where " + where + " order by v.said_at desc, v.id desc limit :limit")
                .params(params).query(TagReviewStore::item).list();
    }

    public int count(Reviewer reviewer, boolean notYetReviewed, @Nullable Long themeId) {
        Map<String, Object> params = new HashMap<>();
        String where = where(reviewer, notYetReviewed, themeId, params);
        return jdbc.sql("select count(*) from voice_item v left join family fam on fam.id = v.family_id where " + where)
                .params(params).query(Integer.class).single();
    }

    /** One item whoever may read it; the caller decides. */
    public Optional<ItemRow> find(long itemId) {
        return jdbc.sql(ITEM_COLUMNS + "where v.id = :id").param("id", itemId).query(TagReviewStore::item).optional();
    }

    private static ItemRow item(ResultSet rs, int n) throws SQLException {
        Timestamp reviewed = rs.getTimestamp("reviewed_at");
        return new ItemRow(rs.getLong("id"), rs.getString("origin"), rs.getString("source"),
                rs.getTimestamp("said_at").toInstant(), rs.getString("text"), rs.getString("sentiment"),
                rs.getObject("family_id", Long.class), rs.getString("family_name"),
                rs.getObject("family_team_id", Long.class), rs.getObject("allocated_practitioner_id", Long.class),
                rs.getLong("team_id"), reviewed == null ? null : reviewed.toInstant(), rs.getString("reviewed_by"));
    }

    /** The themes of these items, by name. */
    public List<ItemTheme> themes(Collection<Long> itemIds) {
        if (itemIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select it.item_id, it.theme_id, th.code, th.name from voice_item_theme it
                        join theme th on th.id = it.theme_id where it.item_id in (:ids) order by it.item_id, th.name""")
                .param("ids", itemIds)
                .query((rs, n) -> new ItemTheme(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    /** The corrections of these items, oldest first. */
    public List<ChangeRow> changes(Collection<Long> itemIds) {
        if (itemIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select item_id, changed_by_name, changed_at, themes_before, themes_after, sentiment_before,
                               sentiment_after
                        from tag_change where item_id in (:ids) order by item_id, changed_at, id""")
                .param("ids", itemIds)
                .query((rs, n) -> new ChangeRow(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)))
                .list();
    }

    /** Every theme ever stored (retired ones too, so old corrections still read by name): code to name. */
    public Map<String, String> themeNames() {
        Map<String, String> names = new HashMap<>();
        jdbc.sql("select code, name from theme").query((rs, n) -> names.put(rs.getString(1), rs.getString(2))).list();
        return names;
    }

    /** Every theme ever stored: id to code. */
    public Map<Long, String> themeCodes() {
        Map<Long, String> codes = new HashMap<>();
        jdbc.sql("select id, code from theme").query((rs, n) -> codes.put(rs.getLong(1), rs.getString(2))).list();
        return codes;
    }

    /**
     * Takes the item's row lock for the rest of the transaction (and moves its version on), so two corrections of
     * one item, or a correction and its author's change, follow one another and the rollups stay exact.
     */
    public boolean lock(long itemId) {
        return jdbc.sql("update voice_item set version = version + 1 where id = :id").param("id", itemId).update() > 0;
    }

    public String sentiment(long itemId) {
        return jdbc.sql("select sentiment from voice_item where id = :id").param("id", itemId)
                .query(String.class).single();
    }

    public void insertChange(long itemId, long changedBy, String changedByName, Instant at, String themesBefore,
                             String themesAfter, String sentimentBefore, String sentimentAfter) {
        jdbc.sql("""
                        insert into tag_change (item_id, changed_by, changed_by_name, changed_at, themes_before,
                            themes_after, sentiment_before, sentiment_after)
                        values (:item, :by, :name, :at, :before, :after, :sBefore, :sAfter)""")
                .param("item", itemId).param("by", changedBy).param("name", changedByName)
                .param("at", Timestamp.from(at)).param("before", themesBefore).param("after", themesAfter)
                .param("sBefore", sentimentBefore).param("sAfter", sentimentAfter).update();
    }

    /** A member of staff confirmed the item's themes as the tagger gave them. */
    public void confirmThemes(long itemId) {
        jdbc.sql("update voice_item_theme set by_staff = true where item_id = :id").param("id", itemId).update();
    }

    public Optional<ThemeTerms> themeTerms(long themeId) {
        return jdbc.sql("select id, code, keywords, phrases from theme where id = :id").param("id", themeId)
                .query((rs, n) -> new ThemeTerms(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .optional();
    }

    /**
     * The terms of the items (within what the reviewer may read) that staff gave this theme by correction although
     * the tagger had not (it is missing from the themes before the item's first correction), in at least
     * {@code minItems} such items, most frequent first. Counted in SQL; at most {@code max} terms.
     */
    public List<TermCount> termsOfItemsGivenTheTheme(Reviewer reviewer, long themeId, String themeCode, int minItems,
                                                     int max) {
        Map<String, Object> params = new HashMap<>();
        String scope = scope(reviewer, params);
        params.put("theme", themeId);
        // "|LISTENED_TO|" inside "|A|B|": the code's underscores escaped, as LIKE reads "_" as any one character
        params.put("code", "%|" + themeCode.replace("!", "!!").replace("_", "!_").replace("%", "!%") + "|%");
        params.put("minItems", minItems);
        params.put("max", max);
        return jdbc.sql("""
                        select t.term, count(*) as items
                        from voice_item_term t
                        join voice_item_theme it on it.item_id = t.item_id and it.theme_id = :theme
                             and it.by_staff = true
                        join voice_item v on v.id = t.item_id
                        left join family fam on fam.id = v.family_id
                        join tag_change first_change on first_change.item_id = t.item_id
                             and first_change.id = (select min(c.id) from tag_change c where c.item_id = t.item_id)
                        where ('|' || first_change.themes_before || '|') not like :code escape '!'
                          and %s
                        group by t.term
                        having count(*) >= :minItems
                        order by count(*) desc, t.term
                        limit :max""".formatted(scope))
                .params(params)
                .query((rs, n) -> new TermCount(rs.getString(1), rs.getInt(2)))
                .list();
    }
}

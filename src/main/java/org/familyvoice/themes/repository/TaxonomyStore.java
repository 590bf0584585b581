package org.familyvoice.themes.repository;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
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
import java.util.Objects;
import java.util.Optional;

/**
 * The editable taxonomy as stored: themes (keywords and phrases as |-separated lists) and which improvement areas
 * each theme speaks to. The names of the areas are read here too, for choosing them: the mapping belongs to the
 * taxonomy, the areas themselves to the improvement plan.
 */
@Repository
public class TaxonomyStore {

    /** A theme row as stored. */
    public record ThemeRow(long id, String code, String name, String description, String keywords, String phrases,
                           boolean active, Instant changedAt, long version) {
    }

    /** An improvement area a theme can be mapped to. */
    public record AreaRow(long id, String name, boolean active) {
    }

    private static final String COLUMNS = "id, code, name, description, keywords, phrases, active, changed_at, version";

    private final JdbcClient jdbc;

    TaxonomyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Active themes first, then by name. */
    public List<ThemeRow> themes(int offset, int limit) {
        return jdbc.sql("select " + COLUMNS + " from theme order by active desc, lower(name), id limit :limit offset :offset")
                .param("limit", limit).param("offset", offset).query(TaxonomyStore::theme).list();
    }

    public int countThemes() {
        return jdbc.sql("select count(*) from theme").query(Integer.class).single();
    }

    public Optional<ThemeRow> theme(long id) {
        return jdbc.sql("select " + COLUMNS + " from theme where id = :id").param("id", id)
                .query(TaxonomyStore::theme).optional();
    }

    public boolean codeTaken(String code) {
        return jdbc.sql("select count(*) from theme where code = :code").param("code", code)
                .query(Integer.class).single() > 0;
    }

    /** Whether another theme (not {@code exceptId}) has this name, whatever the letter case. */
    public boolean nameTaken(String name, long exceptId) {
        return jdbc.sql("select count(*) from theme where lower(name) = lower(:name) and id <> :id")
                .param("name", name).param("id", exceptId).query(Integer.class).single() > 0;
    }

    public long insert(String code, String name, String description, String keywords, String phrases, boolean active,
                       Instant at, long by) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into theme (code, name, description, keywords, phrases, active, changed_at, changed_by)
                        values (:code, :name, :description, :keywords, :phrases, :active, :at, :by)""")
                .param("code", code).param("name", name).param("description", description)
                .param("keywords", keywords).param("phrases", phrases).param("active", active)
                .param("at", Timestamp.from(at)).param("by", by)
                .update(key, "id");
        return Objects.requireNonNull(key.getKey()).longValue();
    }

    /**
     * Changes a theme if it is still at {@code seenVersion}, raising its version and change time (so every node's
     * tagger reloads). False when someone else changed it in between.
     */
    public boolean update(long id, long seenVersion, String name, String description, String keywords, String phrases,
                          boolean active, Instant at, long by) {
        return jdbc.sql("""
                        update theme set name = :name, description = :description, keywords = :keywords,
                            phrases = :phrases, active = :active, changed_at = :at, changed_by = :by,
                            version = version + 1
                        where id = :id and version = :seen""")
                .param("name", name).param("description", description).param("keywords", keywords)
                .param("phrases", phrases).param("active", active).param("at", Timestamp.from(at)).param("by", by)
                .param("id", id).param("seen", seenVersion)
                .update() == 1;
    }

    /** Every improvement area, those in use first, in the plan's order. */
    public List<AreaRow> areas() {
        return jdbc.sql("select id, name, active from improvement_area order by active desc, sort_order, id")
                .query((rs, n) -> new AreaRow(rs.getLong("id"), rs.getString("name"), rs.getBoolean("active")))
                .list();
    }

    /** The areas of each of the given themes, in the plan's order. */
    public Map<Long, List<AreaRow>> areasOf(Collection<Long> themeIds) {
        Map<Long, List<AreaRow>> areas = new HashMap<>();
        if (themeIds.isEmpty()) {
            return areas;
        }
        jdbc.sql("""
                        select ta.theme_id, a.id, a.name, a.active from theme_area ta
                        join improvement_area a on a.id = ta.area_id
                        where ta.theme_id in (:ids) order by a.sort_order, a.id""")
                .param("ids", themeIds)
                .query((rs, n) -> areas.computeIfAbsent(rs.getLong("theme_id"), k -> new ArrayList<>())
                        .add(new AreaRow(rs.getLong("id"), rs.getString("name"), rs.getBoolean("active"))))
                .list();
        return areas;
    }

    public int countAreas(Collection<Long> areaIds) {
        if (areaIds.isEmpty()) {
            return 0;
        }
        return jdbc.sql("select count(*) from improvement_area where id in (:ids)").param("ids", areaIds)
                .query(Integer.class).single();
    }

    public void replaceAreas(long themeId, Collection<Long> areaIds) {
        jdbc.sql("delete from theme_area where theme_id = :id").param("id", themeId).update();
        for (long area : areaIds) {
            jdbc.sql("insert into theme_area (theme_id, area_id) values (:theme, :area)")
                    .param("theme", themeId).param("area", area).update();
        }
    }

    private static ThemeRow theme(ResultSet rs, int n) throws SQLException {
        return new ThemeRow(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("description"),
                rs.getString("keywords"), rs.getString("phrases"), rs.getBoolean("active"),
                rs.getTimestamp("changed_at").toInstant(), rs.getLong("version"));
    }
}

package org.familyvoice.themes.repository;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Tagged words and the rollups that count them. Writing an item's rows gathers its rollup changes in a
 * {@link RollupChanges}; {@link #apply} then makes them, each "insert the row if missing, then add": safe when two
 * saves touch the same row at once on PostgreSQL and on H2, exact because it runs in the transaction that stores or
 * removes the item, and in one order for every save so that two saves at once never deadlock.
 */
@Repository
public class VoiceStore {

    /** The stored dimensions of an item, as the rollups count it. */
    public record ItemKey(long id, LocalDate saidOn, long teamId, String source, String meetingType, String origin,
                          String sentiment, String contributorKey) {
    }

    private final JdbcClient jdbc;

    VoiceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insertItem(String origin, long originId, @Nullable Long familyId, long teamId, String source,
                           String meetingType, String contributorKey, @Nullable Long authorUserId, boolean mayContact,
                           Instant saidAt, LocalDate saidOn, String text, String redacted, String sentiment) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into voice_item (origin, origin_id, family_id, team_id, source, meeting_type, contributor_key,
                            author_user_id, may_contact, said_at, said_on, text, redacted_text, sentiment)
                        values (:origin, :originId, :familyId, :teamId, :source, :meetingType, :contributor, :author,
                            :mayContact, :saidAt, :saidOn, :text, :redacted, :sentiment)""")
                .param("origin", origin).param("originId", originId).param("familyId", familyId).param("teamId", teamId)
                .param("source", source).param("meetingType", meetingType).param("contributor", contributorKey)
                .param("author", authorUserId).param("mayContact", mayContact).param("saidAt", Timestamp.from(saidAt))
                .param("saidOn", saidOn).param("text", text).param("redacted", redacted).param("sentiment", sentiment)
                .update(key, "id");
        return Objects.requireNonNull(key.getKey()).longValue();
    }

    public Optional<ItemKey> findItem(String origin, long originId) {
        return jdbc.sql("select id, said_on, team_id, source, meeting_type, origin, sentiment, contributor_key "
                        + "from voice_item where origin = :origin and origin_id = :originId")
                .param("origin", origin).param("originId", originId).query(VoiceStore::itemKey).optional();
    }

    public Optional<ItemKey> findItem(long id) {
        return jdbc.sql("select id, said_on, team_id, source, meeting_type, origin, sentiment, contributor_key "
                        + "from voice_item where id = :id")
                .param("id", id).query(VoiceStore::itemKey).optional();
    }

    private static ItemKey itemKey(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new ItemKey(rs.getLong("id"), rs.getObject("said_on", LocalDate.class), rs.getLong("team_id"),
                rs.getString("source"), rs.getString("meeting_type"), rs.getString("origin"), rs.getString("sentiment"),
                rs.getString("contributor_key"));
    }

    public List<Long> themeIds(long itemId) {
        return jdbc.sql("select theme_id from voice_item_theme where item_id = :id order by theme_id")
                .param("id", itemId).query(Long.class).list();
    }

    public void addTheme(ItemKey item, long themeId, boolean byStaff, RollupChanges changes) {
        jdbc.sql("""
                        insert into voice_item_theme (item_id, theme_id, said_on, team_id, source, meeting_type, sentiment,
                            contributor_key, by_staff)
                        values (:item, :theme, :saidOn, :team, :source, :meetingType, :sentiment, :contributor, :byStaff)""")
                .param("item", item.id()).param("theme", themeId).param("saidOn", item.saidOn())
                .param("team", item.teamId()).param("source", item.source()).param("meetingType", item.meetingType())
                .param("sentiment", item.sentiment()).param("contributor", item.contributorKey())
                .param("byStaff", byStaff).update();
        changes.theme(item, themeId, +1);
    }

    public void removeThemes(ItemKey item, RollupChanges changes) {
        for (long theme : themeIds(item.id())) {
            changes.theme(item, theme, -1);
        }
        jdbc.sql("delete from voice_item_theme where item_id = :id").param("id", item.id()).update();
    }

    public void addTerms(ItemKey item, Collection<String> terms, RollupChanges changes) {
        for (String term : terms) {
            jdbc.sql("insert into voice_item_term (item_id, term, said_on, contributor_key) values (:item, :term, :saidOn, :c)")
                    .param("item", item.id()).param("term", term).param("saidOn", item.saidOn())
                    .param("c", item.contributorKey()).update();
            changes.term(item, term, +1);
        }
    }

    public void removeTerms(ItemKey item, RollupChanges changes) {
        jdbc.sql("select term from voice_item_term where item_id = :item").param("item", item.id())
                .query(String.class).list().forEach(term -> changes.term(item, term, -1));
        jdbc.sql("delete from voice_item_term where item_id = :item").param("item", item.id()).update();
    }

    /** Makes a save's rollup changes: net changes only, in the one order every save takes rows in. */
    public void apply(RollupChanges changes) {
        changes.voice.forEach((c, delta) -> {
            if (delta != 0) {
                Map<String, Object> key = Map.of("saidOn", c.saidOn(), "team", c.teamId(), "source", c.source(),
                        "meetingType", c.meetingType(), "origin", c.origin(), "sentiment", c.sentiment());
                jdbc.sql("insert into voice_rollup (said_on, team_id, source, meeting_type, origin, sentiment, items) "
                        + "values (:saidOn, :team, :source, :meetingType, :origin, :sentiment, 0) on conflict do nothing")
                        .params(key).update();
                jdbc.sql("update voice_rollup set items = items + :delta where said_on = :saidOn and team_id = :team "
                                + "and source = :source and meeting_type = :meetingType and origin = :origin "
                                + "and sentiment = :sentiment")
                        .params(key).param("delta", delta).update();
            }
        });
        changes.themes.forEach((c, delta) -> {
            if (delta != 0) {
                Map<String, Object> key = Map.of("theme", c.themeId(), "saidOn", c.saidOn(), "team", c.teamId(),
                        "source", c.source(), "meetingType", c.meetingType(), "sentiment", c.sentiment());
                jdbc.sql("insert into theme_rollup (theme_id, said_on, team_id, source, meeting_type, sentiment, items) "
                        + "values (:theme, :saidOn, :team, :source, :meetingType, :sentiment, 0) on conflict do nothing")
                        .params(key).update();
                jdbc.sql("update theme_rollup set items = items + :delta where theme_id = :theme and said_on = :saidOn "
                                + "and team_id = :team and source = :source and meeting_type = :meetingType "
                                + "and sentiment = :sentiment")
                        .params(key).param("delta", delta).update();
            }
        });
        changes.terms.forEach((c, delta) -> {
            if (delta != 0) {
                jdbc.sql("insert into term_rollup (term, said_on, items) values (:term, :saidOn, 0) on conflict do nothing")
                        .param("term", c.term()).param("saidOn", c.saidOn()).update();
                jdbc.sql("update term_rollup set items = items + :delta where term = :term and said_on = :saidOn")
                        .param("term", c.term()).param("saidOn", c.saidOn()).param("delta", delta).update();
            }
        });
    }

    public void setSentiment(long itemId, String sentiment) {
        jdbc.sql("update voice_item set sentiment = :s, version = version + 1 where id = :id")
                .param("s", sentiment).param("id", itemId).update();
    }

    public void markReviewed(long itemId, long userId, Instant at) {
        jdbc.sql("update voice_item set reviewed_at = :at, reviewed_by = :by where id = :id")
                .param("at", Timestamp.from(at)).param("by", userId).param("id", itemId).update();
    }

    /** Removes an item and whatever points at it (its themes, terms, evidence links); its counts go into changes. */
    public void deleteItem(ItemKey item, RollupChanges changes) {
        changes.item(item, -1);
        removeThemes(item, changes);
        removeTerms(item, changes);
        jdbc.sql("delete from action_evidence where item_id = :id").param("id", item.id()).update();
        jdbc.sql("delete from you_said_item where item_id = :id").param("id", item.id()).update();
        jdbc.sql("delete from tag_change where item_id = :id").param("id", item.id()).update();
        jdbc.sql("delete from voice_item where id = :id").param("id", item.id()).update();
    }

    /** The names of everyone the portal knows (accounts, family members, other people invited to meetings). */
    public List<String> knownNames() {
        return jdbc.sql("""
                        select display_name from app_user union select name from family_member
                        union select name from meeting_attendee where name is not null order by 1""")
                .query(String.class).list();
    }

    /** Counts one feedback form (with or without words) and its ratings in the day's headline rollup. */
    public void countFeedbackForm(LocalDate saidOn, long teamId, String source, @Nullable Integer listened,
                                  @Nullable Integer understood, @Nullable Integer respected) {
        jdbc.sql("""
                        insert into feedback_rollup (said_on, team_id, source, forms, listened_sum, listened_n,
                            understood_sum, understood_n, respected_sum, respected_n)
                        values (:saidOn, :team, :source, 0, 0, 0, 0, 0, 0, 0) on conflict do nothing""")
                .param("saidOn", saidOn).param("team", teamId).param("source", source).update();
        jdbc.sql("""
                        update feedback_rollup set forms = forms + 1,
                            listened_sum = listened_sum + :l, listened_n = listened_n + :ln,
                            understood_sum = understood_sum + :u, understood_n = understood_n + :un,
                            respected_sum = respected_sum + :r, respected_n = respected_n + :rn
                        where said_on = :saidOn and team_id = :team and source = :source""")
                .param("l", listened == null ? 0 : listened).param("ln", listened == null ? 0 : 1)
                .param("u", understood == null ? 0 : understood).param("un", understood == null ? 0 : 1)
                .param("r", respected == null ? 0 : respected).param("rn", respected == null ? 0 : 1)
                .param("saidOn", saidOn).param("team", teamId).param("source", source).update();
    }
}

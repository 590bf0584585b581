package org.familyvoice.themes.repository;

import org.familyvoice.privacy.repository.PrivacyStore;
import org.familyvoice.themes.DashboardFilter;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One page of the items behind a theme's figure, newest first, with everything a quote shows; items whose words have
 * been removed (erasure, retention) are counted in the figures but not listed.
 */
@Repository
public class QuoteQueries {

    public record QuoteRow(long id, LocalDate saidOn, String source, String origin, String meetingType, long teamId,
                           @Nullable Long familyId, String text, String redactedText, String sentiment,
                           String themeNames) {
    }

    private final JdbcClient jdbc;

    QuoteQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static String where(DashboardFilter f, long themeId, @Nullable String sentiment, Map<String, Object> p) {
        // an item whose words were erased or reached the end of their retention still counts in the figures, but
        // has nothing left to quote
        StringBuilder w = new StringBuilder(" t.theme_id = :theme and t.said_on between :from and :to"
                + " and i.text <> :removed");
        p.put("theme", themeId);
        p.put("removed", PrivacyStore.WORDS_REMOVED);
        p.put("from", f.from());
        p.put("to", f.to());
        if (f.team() != null) {
            w.append(" and t.team_id = :team");
            p.put("team", f.team().value());
        }
        if (f.source() != null) {
            w.append(" and t.source = :source");
            p.put("source", f.source().name());
        }
        if (f.meetingType() != null) {
            w.append(" and t.meeting_type = :meetingType");
            p.put("meetingType", f.meetingType());
        }
        if (sentiment != null) {
            w.append(" and t.sentiment = :sentiment");
            p.put("sentiment", sentiment);
        }
        return w.toString();
    }

    public int count(DashboardFilter f, long themeId, @Nullable String sentiment) {
        Map<String, Object> p = new HashMap<>();
        return jdbc.sql("select count(*) from voice_item_theme t join voice_item i on i.id = t.item_id where"
                        + where(f, themeId, sentiment, p)).params(p)
                .query(Integer.class).single();
    }

    public List<QuoteRow> page(DashboardFilter f, long themeId, @Nullable String sentiment, long offset, int limit) {
        Map<String, Object> p = new HashMap<>();
        String w = where(f, themeId, sentiment, p);
        p.put("offset", offset);
        p.put("limit", limit);
        return jdbc.sql("""
                        select i.id, i.said_on, i.source, i.origin, i.meeting_type, i.team_id, i.family_id, i.text,
                            i.redacted_text, i.sentiment,
                            (select string_agg(th.name, '|' order by th.name) from voice_item_theme x
                                join theme th on th.id = x.theme_id where x.item_id = i.id) as theme_names
                        from voice_item_theme t join voice_item i on i.id = t.item_id
                        where""" + w + " order by i.said_at desc, i.id desc offset :offset rows fetch next :limit rows only")
                .params(p)
                .query((rs, n) -> new QuoteRow(rs.getLong("id"), rs.getObject("said_on", LocalDate.class),
                        rs.getString("source"), rs.getString("origin"), rs.getString("meeting_type"),
                        rs.getLong("team_id"), rs.getObject("family_id", Long.class), rs.getString("text"),
                        rs.getString("redacted_text"), rs.getString("sentiment"),
                        rs.getString("theme_names") == null ? "" : rs.getString("theme_names")))
                .list();
    }
}

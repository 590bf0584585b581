package org.familyvoice.themes.repository;

import org.familyvoice.themes.DashboardFilter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The dashboard's SQL. Counts come from the rollups; the number of distinct people behind a figure (for the
 * "fewer than 5" rule) from the tagged rows, which carry every dimension so no join is needed. Nothing here
 * loads items: every query returns one row per figure.
 */
@Repository
public class FigureQueries {

    /** Counts of items and distinct contributors for one key (a theme id, a team id, a source, a bucket...). */
    public record Counted(String key, int items, int contributors) {
    }

    /** A theme's items by sentiment. */
    public record Sentiments(long themeId, int positive, int negative, int mixed, int neutral) {
    }

    /** Items and distinct contributors per theme and sentiment; keys are "themeId:SENTIMENT". */
    public List<Counted> themeSentimentFigures(DashboardFilter f) {
        Map<String, Object> p = new HashMap<>();
        String w = where(f, p, true);
        Map<String, Integer> items = new LinkedHashMap<>();
        jdbc.sql("select theme_id, sentiment, sum(items) from theme_rollup where" + w + " group by theme_id, sentiment")
                .params(p).query((rs, n) -> items.put(rs.getLong(1) + ":" + rs.getString(2), rs.getInt(3))).list();
        Map<String, Integer> people = new HashMap<>();
        jdbc.sql("select theme_id, sentiment, count(distinct contributor_key) from voice_item_theme where" + w
                        + " group by theme_id, sentiment")
                .params(p).query((rs, n) -> people.put(rs.getLong(1) + ":" + rs.getString(2), rs.getInt(3))).list();
        return merge(items, people);
    }

    /** One feedback rollup sum: forms, and sum and number of answers to each rating statement. */
    public record Ratings(int forms, int listenedSum, int listenedN, int understoodSum, int understoodN,
                          int respectedSum, int respectedN) {
    }

    /** Answers to "did you feel listened to?" from one side: yes, partly, no, and distinct people. */
    public record CheckCounts(String respondent, int yes, int partly, int no, int people) {
    }

    private final JdbcClient jdbc;

    FigureQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** " and team_id = :team ..." for the filter's optional parts, and their parameters. */
    private static String where(DashboardFilter f, Map<String, Object> params, boolean withMeetingType) {
        StringBuilder sql = new StringBuilder(" said_on between :from and :to");
        params.put("from", f.from());
        params.put("to", f.to());
        if (f.team() != null) {
            sql.append(" and team_id = :team");
            params.put("team", f.team().value());
        }
        if (f.source() != null) {
            sql.append(" and source = :source");
            params.put("source", f.source().name());
        }
        if (withMeetingType && f.meetingType() != null) {
            sql.append(" and meeting_type = :meetingType");
            params.put("meetingType", f.meetingType());
        }
        return sql.toString();
    }

    /** Items per theme (from the rollup), with each theme's distinct contributors. */
    public List<Counted> themes(DashboardFilter f) {
        Map<String, Object> p = new HashMap<>();
        String w = where(f, p, true);
        Map<String, Integer> items = new LinkedHashMap<>();
        jdbc.sql("select theme_id, sum(items) from theme_rollup where" + w + " group by theme_id").params(p)
                .query((rs, n) -> items.put(rs.getString(1), rs.getInt(2))).list();
        Map<String, Integer> people = new HashMap<>();
        jdbc.sql("select theme_id, count(distinct contributor_key) from voice_item_theme where" + w + " group by theme_id")
                .params(p).query((rs, n) -> people.put(rs.getString(1), rs.getInt(2))).list();
        return merge(items, people);
    }

    public List<Sentiments> themeSentiments(DashboardFilter f) {
        Map<String, Object> p = new HashMap<>();
        String w = where(f, p, true);
        return jdbc.sql("select theme_id, "
                        + "sum(case when sentiment = 'POSITIVE' then items else 0 end), "
                        + "sum(case when sentiment = 'NEGATIVE' then items else 0 end), "
                        + "sum(case when sentiment = 'MIXED' then items else 0 end), "
                        + "sum(case when sentiment = 'NEUTRAL' then items else 0 end) "
                        + "from theme_rollup where" + w + " group by theme_id").params(p)
                .query((rs, n) -> new Sentiments(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)))
                .list();
    }

    /** All tagged words (themed or not) by sentiment, with distinct contributors per sentiment and overall. */
    public List<Counted> wordsBySentiment(DashboardFilter f) {
        Map<String, Object> p = new HashMap<>();
        String w = where(f, p, true);
        Map<String, Integer> items = new LinkedHashMap<>();
        jdbc.sql("select sentiment, sum(items) from voice_rollup where" + w + " group by sentiment").params(p)
                .query((rs, n) -> items.put(rs.getString(1), rs.getInt(2))).list();
        Map<String, Integer> people = new HashMap<>();
        jdbc.sql("select sentiment, count(distinct contributor_key) from voice_item where" + w + " group by sentiment")
                .params(p).query((rs, n) -> people.put(rs.getString(1), rs.getInt(2))).list();
        int all = jdbc.sql("select count(distinct contributor_key) from voice_item where" + w).params(p)
                .query(Integer.class).single();
        List<Counted> rows = new ArrayList<>(merge(items, people));
        rows.add(new Counted("ALL", rows.stream().mapToInt(Counted::items).sum(), all));
        return rows;
    }

    /** Feedback forms and rating sums (meeting type does not apply to feedback). */
    public Ratings ratings(DashboardFilter f) {
        Map<String, Object> p = new HashMap<>();
        String w = where(f, p, false);
        return jdbc.sql("select coalesce(sum(forms), 0), coalesce(sum(listened_sum), 0), coalesce(sum(listened_n), 0), "
                        + "coalesce(sum(understood_sum), 0), coalesce(sum(understood_n), 0), "
                        + "coalesce(sum(respected_sum), 0), coalesce(sum(respected_n), 0) from feedback_rollup where" + w)
                .params(p).query((rs, n) -> new Ratings(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4),
                        rs.getInt(5), rs.getInt(6), rs.getInt(7))).single();
    }

    /**
     * Distinct people behind the feedback forms of the period (an account, or each anonymous form), overall and
     * among those who answered each rating statement: keys ALL, LISTENED, UNDERSTOOD, RESPECTED.
     */
    public Map<String, Integer> feedbackPeople(DashboardFilter f) {
        Map<String, Object> p = new HashMap<>();
        p.put("fromAt", f.from().atStartOfDay(java.time.ZoneId.of("Europe/London")).toOffsetDateTime());
        p.put("toAt", f.to().plusDays(1).atStartOfDay(java.time.ZoneId.of("Europe/London")).toOffsetDateTime());
        StringBuilder w = new StringBuilder(" submitted_at >= :fromAt and submitted_at < :toAt");
        if (f.team() != null) {
            w.append(" and team_id = :team");
            p.put("team", f.team().value());
        }
        if (f.source() != null) {
            w.append(" and source = :source");
            p.put("source", f.source().name());
        }
        String person = "coalesce(cast(author_user_id as varchar(20)), reference)";
        return jdbc.sql("select count(distinct " + person + "), "
                        + "count(distinct case when listened is not null then " + person + " end), "
                        + "count(distinct case when understood is not null then " + person + " end), "
                        + "count(distinct case when respected is not null then " + person + " end) from feedback where" + w)
                .params(p).query((rs, n) -> Map.of("ALL", rs.getInt(1), "LISTENED", rs.getInt(2),
                        "UNDERSTOOD", rs.getInt(3), "RESPECTED", rs.getInt(4))).single();
    }

    /** "Did you feel listened to?" answers per side, from checks on meetings in the period. */
    public List<CheckCounts> listenedTo(DashboardFilter f) {
        Map<String, Object> p = new HashMap<>();
        p.put("fromAt", f.from().atStartOfDay(java.time.ZoneId.of("Europe/London")).toOffsetDateTime());
        p.put("toAt", f.to().plusDays(1).atStartOfDay(java.time.ZoneId.of("Europe/London")).toOffsetDateTime());
        StringBuilder w = new StringBuilder(" m.starts_at >= :fromAt and m.starts_at < :toAt");
        if (f.team() != null) {
            w.append(" and fa.team_id = :team");
            p.put("team", f.team().value());
        }
        if (f.meetingType() != null) {
            w.append(" and m.meeting_type = :meetingType");
            p.put("meetingType", f.meetingType());
        }
        return jdbc.sql("select c.respondent, sum(case when c.listened_to = 'YES' then 1 else 0 end), "
                        + "sum(case when c.listened_to = 'PARTLY' then 1 else 0 end), "
                        + "sum(case when c.listened_to = 'NO' then 1 else 0 end), count(distinct c.user_id) "
                        + "from meeting_check c join meeting m on m.id = c.meeting_id join family fa on fa.id = m.family_id "
                        + "where" + w + " group by c.respondent").params(p)
                .query((rs, n) -> new CheckCounts(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)))
                .list();
    }

    /**
     * Items and distinct contributors per theme and per bucket of days; {@code starts} are the first days of
     * consecutive buckets, the last ending at the filter's end. Keys are "themeId:bucketIndex".
     */
    public List<Counted> trend(DashboardFilter f, List<LocalDate> starts, List<Long> themeIds) {
        if (themeIds.isEmpty() || starts.isEmpty()) {
            return List.of();
        }
        Map<String, Object> p = new HashMap<>();
        String w = where(f, p, true);
        p.put("themes", themeIds);
        StringBuilder bucket = new StringBuilder("case");
        for (int i = starts.size() - 1; i >= 0; i--) {
            bucket.append(" when said_on >= :b").append(i).append(" then ").append(i);
            p.put("b" + i, starts.get(i));
        }
        bucket.append(" else -1 end");
        String b = bucket.toString();
        Map<String, Integer> items = new LinkedHashMap<>();
        // grouped by the bucket's alias in a subquery: PostgreSQL does not take "group by <the same case with
        // parameters>" as the selected expression (each parameter is a new one), H2 does
        jdbc.sql("select theme_id, bucket, sum(items) from (select theme_id, " + b + " as bucket, items "
                        + "from theme_rollup where" + w + " and theme_id in (:themes)) x group by theme_id, bucket")
                .params(p).query((rs, n) -> items.put(rs.getLong(1) + ":" + rs.getInt(2), rs.getInt(3))).list();
        Map<String, Integer> people = new HashMap<>();
        jdbc.sql("select theme_id, bucket, count(distinct contributor_key) from (select theme_id, " + b
                        + " as bucket, contributor_key from voice_item_theme where" + w
                        + " and theme_id in (:themes)) x group by theme_id, bucket")
                .params(p).query((rs, n) -> people.put(rs.getLong(1) + ":" + rs.getInt(2), rs.getInt(3))).list();
        return merge(items, people);
    }

    /** Items and distinct contributors per theme and value of one dimension (team_id, source or meeting_type). */
    public List<Counted> split(DashboardFilter f, String column) {
        if (!List.of("team_id", "source", "meeting_type").contains(column)) {
            throw new IllegalArgumentException(column);
        }
        Map<String, Object> p = new HashMap<>();
        String w = where(f, p, true);
        Map<String, Integer> items = new LinkedHashMap<>();
        jdbc.sql("select theme_id, " + column + ", sum(items) from theme_rollup where" + w + " group by theme_id, " + column)
                .params(p).query((rs, n) -> items.put(rs.getLong(1) + ":" + rs.getString(2), rs.getInt(3))).list();
        Map<String, Integer> people = new HashMap<>();
        jdbc.sql("select theme_id, " + column + ", count(distinct contributor_key) from voice_item_theme where" + w
                        + " group by theme_id, " + column)
                .params(p).query((rs, n) -> people.put(rs.getLong(1) + ":" + rs.getString(2), rs.getInt(3))).list();
        return merge(items, people);
    }

    private static List<Counted> merge(Map<String, Integer> items, Map<String, Integer> people) {
        List<Counted> rows = new ArrayList<>();
        items.forEach((key, count) -> {
            if (count > 0) {
                rows.add(new Counted(key, count, Math.min(count, people.getOrDefault(key, 0))));
            }
        });
        return rows;
    }
}

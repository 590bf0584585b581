package org.familyvoice.themes.bench;

import org.familyvoice.themes.DashboardFilter;
import org.familyvoice.themes.repository.FigureQueries;
import org.familyvoice.themes.repository.FigureQueries.Counted;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The questions the benchmark asks, each answered four ways: by the dashboard's own {@link FigureQueries} method
 * (rollup sums plus distinct contributors from the tagged rows), by its rollup part alone, by its
 * distinct-contributor part alone (what the "fewer than 5" rule costs), and by a plain GROUP BY over the raw rows
 * (voice_item_theme joined to voice_item, or voice_item itself) that answers the same question without rollups.
 * Every answer is a map of key to "items/contributors" so the dashboard's and the raw answer can be compared.
 */
final class BenchQueries {

    /** One way of answering; {@code null} where a question has no such part. */
    record Ways(Supplier<Object> dashboard, Supplier<Object> rollupPart, Supplier<Object> peoplePart,
                Supplier<Object> raw) {
    }

    static final List<String> QUESTIONS = List.of("themes", "themeSentiments", "wordsBySentiment", "trend weekly",
            "split by team");

    private final JdbcClient jdbc;
    private final FigureQueries figures;

    BenchQueries(JdbcClient jdbc, FigureQueries figures) {
        this.jdbc = jdbc;
        this.figures = figures;
    }

    Ways ways(String question, DashboardFilter f) {
        String period = " said_on between :from and :to";
        String rawJoin = " from voice_item_theme t join voice_item i on i.id = t.item_id where i.said_on between :from and :to";
        return switch (question) {
            case "themes" -> new Ways(() -> counted(figures.themes(f)),
                    () -> list(f, "select theme_id, sum(items) from theme_rollup where" + period + " group by theme_id"),
                    () -> list(f, "select theme_id, count(distinct contributor_key) from voice_item_theme where" + period
                            + " group by theme_id"),
                    () -> pairs(f, "select t.theme_id, count(*), count(distinct i.contributor_key)" + rawJoin
                            + " group by t.theme_id"));
            case "themeSentiments" -> new Ways(() -> {
                Map<String, String> m = new TreeMap<>();
                figures.themeSentiments(f).forEach(s -> m.put(String.valueOf(s.themeId()),
                        s.positive() + "/" + s.negative() + "/" + s.mixed() + "/" + s.neutral()));
                return m;
            }, null, null, () -> {
                Map<String, String> m = new TreeMap<>();
                jdbc.sql("select t.theme_id, sum(case when i.sentiment = 'POSITIVE' then 1 else 0 end), "
                                + "sum(case when i.sentiment = 'NEGATIVE' then 1 else 0 end), "
                                + "sum(case when i.sentiment = 'MIXED' then 1 else 0 end), "
                                + "sum(case when i.sentiment = 'NEUTRAL' then 1 else 0 end)" + rawJoin + " group by t.theme_id")
                        .param("from", f.from()).param("to", f.to())
                        .query((rs, n) -> m.put(rs.getString(1), rs.getInt(2) + "/" + rs.getInt(3) + "/" + rs.getInt(4)
                                + "/" + rs.getInt(5))).list();
                return m;
            });
            case "wordsBySentiment" -> new Ways(() -> counted(figures.wordsBySentiment(f)),
                    () -> list(f, "select sentiment, sum(items) from voice_rollup where" + period + " group by sentiment"),
                    () -> {
                        Map<String, String> m = list(f, "select sentiment, count(distinct contributor_key) from voice_item "
                                + "where" + period + " group by sentiment");
                        m.putAll(list(f, "select 'ALL', count(distinct contributor_key) from voice_item where" + period));
                        return m;
                    },
                    () -> {
                        Map<String, String> m = pairs(f, "select sentiment, count(*), count(distinct contributor_key) "
                                + "from voice_item where" + period + " group by sentiment");
                        m.putAll(pairs(f, "select 'ALL', count(*), count(distinct contributor_key) from voice_item where"
                                + period));
                        return m;
                    });
            case "trend weekly" -> trend(f, period, rawJoin);
            case "split by team" -> new Ways(() -> counted(figures.split(f, "team_id")),
                    () -> list(f, "select theme_id || ':' || team_id, sum(items) from theme_rollup where" + period
                            + " group by theme_id, team_id"),
                    () -> list(f, "select theme_id || ':' || team_id, count(distinct contributor_key) from voice_item_theme "
                            + "where" + period + " group by theme_id, team_id"),
                    () -> pairs(f, "select t.theme_id || ':' || i.team_id, count(*), count(distinct i.contributor_key)"
                            + rawJoin + " group by t.theme_id, i.team_id"));
            default -> throw new IllegalArgumentException(question);
        };
    }

    /** Weekly buckets (Monday to Sunday, the first from the period's first day) for the ten biggest themes. */
    private Ways trend(DashboardFilter f, String period, String rawJoin) {
        List<LocalDate> starts = new ArrayList<>();
        for (LocalDate d = f.from(); !d.isAfter(f.to());
             d = d.with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.MONDAY))) {
            starts.add(d);
        }
        List<Long> top = figures.themes(f).stream().sorted((a, b) -> Integer.compare(b.items(), a.items())).limit(10)
                .map(c -> Long.parseLong(c.key())).toList();
        StringBuilder bucket = new StringBuilder("case");
        for (int i = starts.size() - 1; i >= 0; i--) {
            bucket.append(" when ").append("%s").append(" >= date '").append(starts.get(i)).append("' then ").append(i);
        }
        String b = bucket.append(" else -1 end").toString();
        String themes = top.stream().map(String::valueOf).reduce((x, y) -> x + ", " + y).orElse("0");
        return new Ways(() -> counted(figures.trend(f, starts, top)),
                () -> list(f, "select theme_id || ':' || bucket, sum(items) from (select theme_id, "
                        + b.replace("%s", "said_on") + " as bucket, items from theme_rollup where" + period
                        + " and theme_id in (" + themes + ")) x group by theme_id, bucket"),
                () -> list(f, "select theme_id || ':' || bucket, count(distinct contributor_key) from (select theme_id, "
                        + b.replace("%s", "said_on") + " as bucket, contributor_key from voice_item_theme where" + period
                        + " and theme_id in (" + themes + ")) x group by theme_id, bucket"),
                () -> pairs(f, "select theme_id || ':' || bucket, count(*), count(distinct contributor_key) from ("
                        + "select t.theme_id, " + b.replace("%s", "i.said_on") + " as bucket, i.contributor_key"
                        + rawJoin + " and t.theme_id in (" + themes + ")) x group by theme_id, bucket"));
    }

    private static Map<String, String> counted(List<Counted> rows) {
        Map<String, String> m = new TreeMap<>();
        rows.forEach(c -> m.put(c.key(), c.items() + "/" + c.contributors()));
        return m;
    }

    private Map<String, String> list(DashboardFilter f, String sql) {
        Map<String, String> m = new LinkedHashMap<>();
        jdbc.sql(sql).param("from", f.from()).param("to", f.to())
                .query((rs, n) -> m.put(rs.getString(1), rs.getString(2))).list();
        return m;
    }

    private Map<String, String> pairs(DashboardFilter f, String sql) {
        Map<String, String> m = new TreeMap<>();
        jdbc.sql(sql).param("from", f.from()).param("to", f.to())
                .query((rs, n) -> m.put(rs.getString(1), rs.getInt(2) + "/" + rs.getInt(3))).list();
        return m;
    }
}

package org.familyvoice.themes;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * For tests: every rollup against a full recount by GROUP BY over the raw rows, and the dimensions copied onto the
 * tagged rows against their item's. Cells that went back to zero may stay in a rollup; they count as absent.
 * Reads whatever the caller's transaction sees, so it works inside a transaction that is rolled back afterwards.
 */
final class RollupRecount {

    private RollupRecount() {
    }

    /** Empty when all rollups equal their recount; otherwise what differs. */
    static Optional<String> differences(JdbcClient jdbc) {
        List<String> problems = new ArrayList<>();
        compare(jdbc, problems, "voice_rollup",
                "select said_on, team_id, source, meeting_type, origin, sentiment, items from voice_rollup where items <> 0",
                "select said_on, team_id, source, meeting_type, origin, sentiment, count(*) from voice_item "
                        + "group by said_on, team_id, source, meeting_type, origin, sentiment");
        compare(jdbc, problems, "theme_rollup",
                "select theme_id, said_on, team_id, source, meeting_type, sentiment, items from theme_rollup where items <> 0",
                "select t.theme_id, i.said_on, i.team_id, i.source, i.meeting_type, i.sentiment, count(*) "
                        + "from voice_item_theme t join voice_item i on i.id = t.item_id "
                        + "group by t.theme_id, i.said_on, i.team_id, i.source, i.meeting_type, i.sentiment");
        compare(jdbc, problems, "term_rollup",
                "select term, said_on, items from term_rollup where items <> 0",
                "select x.term, i.said_on, count(*) from voice_item_term x join voice_item i on i.id = x.item_id "
                        + "group by x.term, i.said_on");
        int themeCopies = jdbc.sql("""
                        select count(*) from voice_item_theme t join voice_item i on i.id = t.item_id
                        where t.said_on <> i.said_on or t.team_id <> i.team_id or t.source <> i.source
                            or t.meeting_type <> i.meeting_type or t.sentiment <> i.sentiment
                            or t.contributor_key <> i.contributor_key""").query(Integer.class).single();
        if (themeCopies > 0) {
            problems.add(themeCopies + " voice_item_theme rows whose copied dimensions differ from their item's");
        }
        int termCopies = jdbc.sql("""
                        select count(*) from voice_item_term x join voice_item i on i.id = x.item_id
                        where x.said_on <> i.said_on or x.contributor_key <> i.contributor_key""")
                .query(Integer.class).single();
        if (termCopies > 0) {
            problems.add(termCopies + " voice_item_term rows whose copied dimensions differ from their item's");
        }
        return problems.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", problems));
    }

    /** The rows of a query as "a|b|c" strings, sorted, so two queries' answers compare as multisets. */
    static List<String> rows(JdbcClient jdbc, String sql) {
        return jdbc.sql(sql).query((rs, n) -> IntStream.rangeClosed(1, rs.getMetaData().getColumnCount())
                        .mapToObj(c -> {
                            try {
                                return rs.getString(c);
                            } catch (java.sql.SQLException e) {
                                throw new IllegalStateException(e);
                            }
                        }).collect(Collectors.joining("|")))
                .list().stream().sorted().toList();
    }

    private static void compare(JdbcClient jdbc, List<String> problems, String rollup, String kept, String recount) {
        List<String> have = rows(jdbc, kept);
        List<String> want = rows(jdbc, recount);
        if (!have.equals(want)) {
            List<String> extra = new ArrayList<>(have);
            want.forEach(extra::remove);
            List<String> missing = new ArrayList<>(want);
            have.forEach(missing::remove);
            problems.add(rollup + " differs from the recount: rollup has " + limit(extra) + " but the recount has "
                    + limit(missing));
        }
    }

    private static String limit(List<String> rows) {
        return rows.size() <= 6 ? rows.toString() : rows.subList(0, 6) + " and " + (rows.size() - 6) + " more";
    }
}

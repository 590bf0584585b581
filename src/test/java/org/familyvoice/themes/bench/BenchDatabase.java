package org.familyvoice.themes.bench;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.UUID;
import java.util.function.LongConsumer;

/**
 * A scratch database for the benchmark: an H2 file database under target/bench, or a new PostgreSQL database on the
 * local server (dropped again by {@link #close}). The schema is the application's own (Flyway, the same migrations),
 * then {@link #load} fills it with generated items by INSERT ... SELECT over a number series, and builds the rollups
 * by INSERT ... SELECT ... GROUP BY over the raw rows. {@code RollupPropertyTest} shows that the rollups kept save by
 * save always equal that recount, so bulk-built rollups are the ones the application would have.
 */
final class BenchDatabase implements AutoCloseable {

    /** The first day of the data; the data covers {@link #DAYS} days from it. */
    static final LocalDate FIRST_DAY = LocalDate.of(2023, 12, 2);
    static final int DAYS = 1096;
    static final int TEAMS = 12;
    static final int CONTRIBUTORS = 60_000;
    private static final int CHUNK = 100_000;
    private static final int PRIME = 1_000_003;

    enum Kind { H2, POSTGRES }

    final Kind kind;
    final JdbcClient jdbc;
    private final SingleConnectionDataSource dataSource;
    private final Runnable drop;

    private BenchDatabase(Kind kind, String url, String user, Runnable drop) {
        this.kind = kind;
        this.dataSource = new SingleConnectionDataSource(url, user, "", true);
        this.jdbc = JdbcClient.create(dataSource);
        this.drop = drop;
    }

    /** The H2 file database in that folder: a new one, or the one a previous run left there ({@code keep}). */
    static BenchDatabase h2(Path folder, boolean keep) throws IOException {
        if (Files.exists(folder) && !keep) {
            try (var files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(folder);
        String url = "jdbc:h2:file:" + folder.toAbsolutePath().resolve("familyvoice")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0"
                // no cached answers: H2 would hand back the previous result of the same query on unchanged tables
                + ";QUERY_CACHE_SIZE=0";
        return new BenchDatabase(Kind.H2, url, "sa", () -> {
        });
    }

    /** A new database on the server of {@code serverUrl} (e.g. jdbc:postgresql://127.0.0.1:5432/postgres). */
    static BenchDatabase postgres(String serverUrl, String user) throws SQLException {
        String name = "fv_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        execute(serverUrl, user, "create database " + name);
        String url = serverUrl.substring(0, serverUrl.lastIndexOf('/') + 1) + name;
        return new BenchDatabase(Kind.POSTGRES, url, user, () -> {
            try {
                execute(serverUrl, user, "drop database if exists " + name);
            } catch (SQLException e) {
                throw new IllegalStateException("could not drop " + name + ": " + e.getMessage(), e);
            }
        });
    }

    private static void execute(String url, String user, String sql) throws SQLException {
        try (var c = DriverManager.getConnection(url, user, ""); var s = c.createStatement()) {
            s.execute(sql);
        }
    }

    void migrate() {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    }

    /** Loads {@code items} items with their themes, then the rollups; reports progress in items loaded. */
    void load(int items, LongConsumer progress) {
        long firstTheme = jdbc.sql("select min(id) from theme").query(Long.class).single();
        int themes = jdbc.sql("select count(*) from theme").query(Integer.class).single();
        if (themes != 20 || jdbc.sql("select max(id) from theme").query(Long.class).single() != firstTheme + 19) {
            throw new IllegalStateException("expected the 20 seed themes with consecutive ids");
        }
        for (int from = 1; from <= items; from += CHUNK) {
            int to = Math.min(items, from + CHUNK - 1);
            jdbc.sql(insertItems(from, to)).update();
            // every item has one theme (a few themes far more often than others), every second item a second one
            jdbc.sql(insertThemes(firstTheme, from, to, false)).update();
            jdbc.sql(insertThemes(firstTheme, from, to, true)).update();
            progress.accept(to);
        }
        jdbc.sql("""
                insert into voice_rollup (said_on, team_id, source, meeting_type, origin, sentiment, items)
                select said_on, team_id, source, meeting_type, origin, sentiment, count(*) from voice_item
                group by said_on, team_id, source, meeting_type, origin, sentiment""").update();
        jdbc.sql("""
                insert into theme_rollup (theme_id, said_on, team_id, source, meeting_type, sentiment, items)
                select theme_id, said_on, team_id, source, meeting_type, sentiment, count(*) from voice_item_theme
                group by theme_id, said_on, team_id, source, meeting_type, sentiment""").update();
        jdbc.sql(kind == Kind.POSTGRES ? "vacuum analyze" : "analyze").update();
        if (kind == Kind.H2) {
            jdbc.sql("checkpoint sync").update();
        }
    }

    /** The items already there (a kept H2 database), or 0. */
    long items() {
        Integer tables = jdbc.sql("select count(*) from information_schema.tables where table_name = 'voice_item'")
                .query(Integer.class).single();
        return tables == 0 ? 0 : jdbc.sql("select count(*) from voice_item").query(Long.class).single();
    }

    /** A well-spread number from 0 to PRIME - 1 for item n and a multiplier (a permutation of 1..PRIME-1). */
    private static String spread(String n, int multiplier) {
        return "mod(" + n + " * " + multiplier + ", " + PRIME + ")";
    }

    private String insertItems(int from, int to) {
        String series = kind == Kind.POSTGRES ? "(select n from generate_series(cast(" + from + " as bigint), cast(" + to + " as bigint)) as s(n))"
                : "(select \"X\" as n from system_range(" + from + ", " + to + "))";
        String day = "mod(" + spread("n", 48_271) + ", " + DAYS + ")";
        String saidOn = kind == Kind.POSTGRES ? "date '" + FIRST_DAY + "' + cast(" + day + " as integer)"
                : "dateadd(day, " + day + ", date '" + FIRST_DAY + "')";
        String origin = "case mod(n, 3) when 0 then 'FEEDBACK' when 1 then 'AGENDA_ITEM' else 'MEETING_CHECK' end";
        String source = "case when mod(" + spread("n", 16_807) + ", 100) < 60 then 'PARENT' "
                + "when mod(" + spread("n", 16_807) + ", 100) < 85 then 'YOUNG_PERSON' else 'ANONYMOUS' end";
        // feedback is about no meeting; agenda items and checks about one of five meeting types
        String meetingType = "case when mod(n, 3) = 0 then 'NONE' else case mod(" + spread("n", 69_313) + ", 5) "
                + "when 0 then 'CHILD_IN_NEED' when 1 then 'CIN_REVIEW' when 2 then 'FAMILY_GROUP_CONFERENCE' "
                + "when 3 then 'CHILD_PROTECTION_CONFERENCE' else 'LAC_REVIEW' end end";
        String sentiment = "case when mod(" + spread("n", 75_011) + ", 100) < 45 then 'NEGATIVE' "
                + "when mod(" + spread("n", 75_011) + ", 100) < 75 then 'POSITIVE' "
                + "when mod(" + spread("n", 75_011) + ", 100) < 85 then 'MIXED' else 'NEUTRAL' end";
        String contributor = "'user:' || cast(mod(" + spread("n", 40_009) + ", " + CONTRIBUTORS + ") as varchar(10))";
        return "insert into voice_item (id, origin, origin_id, team_id, source, meeting_type, contributor_key, "
                + "may_contact, said_at, said_on, text, redacted_text, sentiment) "
                + "select n, " + origin + ", n, 1 + mod(" + spread("n", 69_621) + ", " + TEAMS + "), " + source + ", "
                + meetingType + ", " + contributor + ", false, cast(d as timestamp with time zone), d, "
                + "'benchmark words', 'benchmark words', " + sentiment
                + " from (select n, " + saidOn + " as d from " + series + " g) x";
    }

    private static String insertThemes(long firstTheme, int from, int to, boolean second) {
        String u = "mod(" + spread("id", 31_337) + ", 1000)";
        String k1 = "(" + u + " * " + u + " / 50000)";         // 0..19, theme 0 about 22 %, theme 19 about 2.5 %
        String theme = second ? "mod(" + k1 + " + 1 + mod(" + spread("id", 7_127) + ", 19), 20)" : k1;
        return "insert into voice_item_theme (item_id, theme_id, said_on, team_id, source, meeting_type, sentiment, "
                + "contributor_key, by_staff) select id, " + firstTheme + " + " + theme + ", said_on, team_id, source, "
                + "meeting_type, sentiment, contributor_key, false from voice_item where id between " + from + " and "
                + to + (second ? " and mod(id, 2) = 0" : "");
    }

    String version() {
        return jdbc.sql(kind == Kind.POSTGRES ? "select version()" : "select h2version()").query(String.class).single();
    }

    @Override
    public void close() {
        dataSource.destroy();
        drop.run();
    }
}

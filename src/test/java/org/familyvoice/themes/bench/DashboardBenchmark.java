package org.familyvoice.themes.bench;

import org.familyvoice.themes.DashboardFilter;
import org.familyvoice.themes.repository.FigureQueriesAccess;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Not a test: the themes dashboard's queries against a plain GROUP BY over the raw rows, on 1,000,000 items, on H2
 * and on PostgreSQL in the same run. Not run by the test suites (the class name matches no surefire pattern); run it
 * with {@code ./mvnw -B -Pbench test} (options below). Method and figures: {@code docs/themes-benchmark.md}.
 * <p>
 * For each database: a scratch database with the application's schema; 1,000,000 items over three years, 12 teams,
 * 3 sources, 6 meeting types (with "none") and 60,000 contributors, each with one or two themes; rollups built by
 * GROUP BY; then, for the last 30, 90 and 365 days, each question answered the four ways of {@link BenchQueries}
 * (after checking the dashboard's and the raw answer agree), {@value #WARM_UP} warm-up runs and {@value #RUNS} timed
 * runs each, the ways taking turns within a run so a busy moment of the machine falls on all of them alike.
 * <p>
 * System properties: {@code familyvoice.bench.items} (1000000), {@code familyvoice.bench.databases} (h2,postgres),
 * {@code familyvoice.bench.postgres-url} (jdbc:postgresql://127.0.0.1:5432/postgres, user postgres, no password;
 * the benchmark creates its own database there and drops it), {@code familyvoice.bench.keep-h2} (false: true measures
 * again on the H2 file database a previous run left in target/bench/h2, without loading it again). The report goes to standard output and to
 * target/bench/dashboard-benchmark.md.
 */
class DashboardBenchmark {

    static final int WARM_UP = 2;
    static final int RUNS = 7;
    static final int[] PERIODS = {30, 90, 365};

    private final StringBuilder report = new StringBuilder();

    @Test
    void dashboardQueriesAgainstAPlainGroupBy() throws Exception {
        int items = Integer.getInteger("familyvoice.bench.items", 1_000_000);
        List<String> databases = Arrays.asList(System.getProperty("familyvoice.bench.databases", "h2,postgres")
                .split(","));
        String postgresUrl = System.getProperty("familyvoice.bench.postgres-url",
                "jdbc:postgresql://127.0.0.1:5432/postgres");
        line("# Dashboard benchmark: " + items + " items");
        line("");
        line("Java " + Runtime.version() + ", " + Runtime.getRuntime().availableProcessors() + " processors, max heap "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB; load average at start "
                + loadAverage());
        for (String name : databases) {
            try (BenchDatabase db = name.trim().equals("postgres") ? BenchDatabase.postgres(postgresUrl, "postgres")
                    : BenchDatabase.h2(Path.of("target", "bench", "h2"), Boolean.getBoolean("familyvoice.bench.keep-h2"))) {
                run(db, items);
            }
        }
        line("");
        line("Load average at end " + loadAverage());
        Files.createDirectories(Path.of("target", "bench"));
        Files.writeString(Path.of("target", "bench", "dashboard-benchmark.md"), report);
    }

    private void run(BenchDatabase db, int items) {
        line("");
        line("## " + db.kind + ": " + db.version());
        long start = System.nanoTime();
        if (db.items() == items) {
            line("");
            line("The data a previous run loaded, reopened.");
        } else {
            db.migrate();
            db.load(items, loaded -> System.out.printf("  %s: %,d items loaded (%.0f s)%n", db.kind, loaded,
                    (System.nanoTime() - start) / 1e9));
            line("");
            line(String.format("Loaded in %.0f s (items, themes and rollups, then statistics).",
                    (System.nanoTime() - start) / 1e9));
        }
        line(String.format("Rows: %s", String.join(", ", List.of("voice_item", "voice_item_theme",
                        "voice_rollup", "theme_rollup").stream().map(t -> t + " " + String.format("%,d",
                        db.jdbc.sql("select count(*) from " + t).query(Long.class).single())).toList())));
        BenchQueries questions = new BenchQueries(db.jdbc, FigureQueriesAccess.on(db.jdbc));
        LocalDate last = BenchDatabase.FIRST_DAY.plusDays(BenchDatabase.DAYS - 1);
        // once through everything first, so the first figures are not those of a cold cache
        for (int days : PERIODS) {
            DashboardFilter filter = DashboardFilter.of(last.minusDays(days - 1), last);
            for (String question : BenchQueries.QUESTIONS) {
                BenchQueries.Ways ways = questions.ways(question, filter);
                List.of(ways.dashboard(), orNull(ways.rollupPart()), orNull(ways.peoplePart()), ways.raw())
                        .forEach(Supplier::get);
            }
        }
        line("");
        line("| period | question | dashboard ms | rollup part ms | people part ms | raw GROUP BY ms | raw / dashboard |");
        line("|---|---|---:|---:|---:|---:|---:|");
        for (int days : PERIODS) {
            DashboardFilter filter = DashboardFilter.of(last.minusDays(days - 1), last);
            for (String question : BenchQueries.QUESTIONS) {
                BenchQueries.Ways ways = questions.ways(question, filter);
                assertThat(ways.dashboard().get()).as(db.kind + " " + question + " " + days + " days: dashboard = raw")
                        .isEqualTo(ways.raw().get());
                double[] medians = measure(List.of(ways.dashboard(), orNull(ways.rollupPart()),
                        orNull(ways.peoplePart()), ways.raw()));
                line(String.format("| %d days | %s | %s | %s | %s | %s | %.1f× |", days, question, ms(medians[0]),
                        ms(medians[1]), ms(medians[2]), ms(medians[3]), medians[3] / medians[0]));
            }
        }
    }

    private static Supplier<Object> orNull(Supplier<Object> way) {
        return way == null ? () -> null : way;
    }

    /** Median milliseconds of each way; the ways take turns (rotating who goes first) in every run. */
    private static double[] measure(List<Supplier<Object>> ways) {
        for (int i = 0; i < WARM_UP; i++) {
            ways.forEach(w -> Objects.hashCode(w.get()));
        }
        double[][] times = new double[ways.size()][RUNS];
        for (int run = 0; run < RUNS; run++) {
            for (int k = 0; k < ways.size(); k++) {
                int way = (run + k) % ways.size();
                long t = System.nanoTime();
                Object answer = ways.get(way).get();
                times[way][run] = answer == null ? Double.NaN : (System.nanoTime() - t) / 1e6;
            }
        }
        double[] medians = new double[ways.size()];
        for (int w = 0; w < ways.size(); w++) {
            double[] sorted = times[w].clone();
            Arrays.sort(sorted);
            medians[w] = sorted[RUNS / 2];
        }
        return medians;
    }

    private static String ms(double value) {
        return Double.isNaN(value) ? "–" : value < 10 ? String.format("%.2f", value) : String.format("%.0f", value);
    }

    private static String loadAverage() {
        return String.format("%.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private void line(String text) {
        System.out.println(text);
        report.append(text).append('\n');
    }
}

package org.familyvoice.themes.repository;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * For the benchmark ({@code themes.bench.DashboardBenchmark}): the dashboard's own queries on a database of its own.
 * The constructor stays package-private in production (Spring makes the one instance); this test-side class in the
 * same package reaches it.
 */
public final class FigureQueriesAccess {

    private FigureQueriesAccess() {
    }

    public static FigureQueries on(JdbcClient jdbc) {
        return new FigureQueries(jdbc);
    }
}

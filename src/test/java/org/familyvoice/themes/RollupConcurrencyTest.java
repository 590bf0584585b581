package org.familyvoice.themes;

import org.familyvoice.IntegrationTest;
import org.familyvoice.base.TeamId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several saves at once counting into the same rollup cells, each in its own committed transaction as the
 * feedback and meetings services run them: every count ends exact, and no save fails (a save that fails is a
 * family's feedback refused). The texts share their themes and words in different orders, so two saves want the
 * same rows in opposite orders unless the store takes them in one order.
 */
@IntegrationTest
class RollupConcurrencyTest {

    private static final long ORIGIN_BASE = 8_000_000_000L;
    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final int THREADS = 6;
    private static final int EACH = 12;
    private static final List<String> TEXTS = List.of(
            "Nobody told us anything and the social worker kept changing.",
            "The social worker kept changing and nobody told us anything.",
            "Our social worker changed again and nobody told us anything about the plan.",
            "Nobody told us anything. The plan changed and our social worker changed too.");

    @Autowired VoiceRecorder recorder;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;

    @Test
    void savesAtOnceIntoTheSameCellsEndWithExactCounts() throws Exception {
        LocalDate day = LocalDate.of(2036, 2, 3);
        Instant at = day.atTime(11, 0).atZone(UK).toInstant();
        TransactionTemplate tx = new TransactionTemplate(transactions);

        // every thread records its items and counts a form with each, all into the same cells
        race(thread -> {
            for (int i = 0; i < EACH; i++) {
                int n = thread * EACH + i;
                tx.executeWithoutResult(s -> {
                    // as the feedback service does: the form is counted, then its words recorded
                    SaidText said = said(n, at, TEXTS.get(n % TEXTS.size()));
                    recorder.countFeedbackForm(at, said.teamId(), said.source(), 1 + n % 5, null, 3);
                    recorder.record(said);
                });
            }
        });
        int all = THREADS * EACH;
        assertThat(voiceCell(day)).isEqualTo(all);
        assertThat(themeCell("KEPT_INFORMED", day)).isEqualTo(all);
        assertThat(themeCell("WORKER_CHANGES", day)).isEqualTo(all);
        assertThat(termCell("told", day)).isEqualTo(all);
        assertThat(termCell("social worker", day)).isEqualTo(all);
        int listenedSum = 0;
        for (int n = 0; n < all; n++) {
            listenedSum += 1 + n % 5;
        }
        assertThat(jdbc.sql("""
                        select sum(forms) || '/' || sum(listened_sum) || '/' || sum(listened_n) || '/'
                            || sum(understood_n) || '/' || sum(respected_sum) || '/' || sum(respected_n)
                        from feedback_rollup where said_on = :day""")
                .param("day", day).query(String.class).single())
                .isEqualTo(all + "/" + listenedSum + "/" + all + "/0/" + (3 * all) + "/" + all);
        assertThat(RollupRecount.differences(jdbc)).isEmpty();

        // then half the threads withdraw their words while the other half record them again (replacing each copy)
        race(thread -> {
            for (int i = 0; i < EACH; i++) {
                int n = thread * EACH + i;
                tx.executeWithoutResult(s -> {
                    if (thread % 2 == 0) {
                        recorder.forget(VoiceOrigin.FEEDBACK, ORIGIN_BASE + n);
                    } else {
                        recorder.record(said(n, at, TEXTS.get((n + 1) % TEXTS.size())));
                    }
                });
            }
        });
        int left = all / 2;
        assertThat(voiceCell(day)).isEqualTo(left);
        assertThat(themeCell("KEPT_INFORMED", day)).isEqualTo(left);
        assertThat(termCell("told", day)).isEqualTo(left);
        assertThat(RollupRecount.differences(jdbc)).isEmpty();

        // and the rest go at once, leaving nothing counted on that day
        race(thread -> {
            for (int i = 0; i < EACH; i++) {
                int n = thread * EACH + i;
                tx.executeWithoutResult(s -> recorder.forget(VoiceOrigin.FEEDBACK, ORIGIN_BASE + n));
            }
        });
        assertThat(voiceCell(day)).isZero();
        assertThat(themeCell("KEPT_INFORMED", day)).isZero();
        assertThat(termCell("told", day)).isZero();
        assertThat(RollupRecount.differences(jdbc)).isEmpty();
    }

    private static SaidText said(int n, Instant at, String text) {
        // three sources and two teams: the items meet in some cells (every word's, per day) and not in others
        return new SaidText(VoiceOrigin.FEEDBACK, ORIGIN_BASE + n, null, new TeamId(1 + n % 2),
                VoiceSource.values()[n % 3], "CHILD_IN_NEED", "user:" + (n % 9), null, false, at, text, List.of());
    }

    interface Work {
        void run(int thread) throws Exception;
    }

    /** Runs the work on every thread at once; fails with the first error any thread met. */
    private static void race(Work work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    start.await();
                    work.run(thread);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private int voiceCell(LocalDate day) {
        return jdbc.sql("""
                        select coalesce(sum(items), 0) from voice_rollup where said_on = :day
                            and meeting_type = 'CHILD_IN_NEED' and origin = 'FEEDBACK'""")
                .param("day", day).query(Integer.class).single();
    }

    private int themeCell(String code, LocalDate day) {
        return jdbc.sql("""
                        select coalesce(sum(r.items), 0) from theme_rollup r join theme t on t.id = r.theme_id
                        where t.code = :code and r.said_on = :day and r.meeting_type = 'CHILD_IN_NEED'""")
                .param("code", code).param("day", day).query(Integer.class).single();
    }

    private int termCell(String term, LocalDate day) {
        return jdbc.sql("select coalesce(sum(items), 0) from term_rollup where term = :term and said_on = :day")
                .param("term", term).param("day", day).query(Integer.class).single();
    }
}

package org.familyvoice.base;

import org.familyvoice.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database-backed limit under forms sent at the same moment from one address: found by the crash test, where
 * four pages on one machine made two first hits race and the loser's transaction failed (PostgreSQL: duplicate key,
 * then "current transaction is aborted"), showing an error page.
 */
@IntegrationTest
class RateLimiterTest {

    @Autowired RateLimiter limiter;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcClient jdbc;

    @Test
    void hitsAtTheSameMomentOnANewKeyAreAllCountedAndNoneFails() throws Exception {
        int senders = 4;
        int limit = 3;
        String key = "test:" + UUID.randomUUID();
        var together = new CyclicBarrier(senders);
        ExecutorService pool = Executors.newFixedThreadPool(senders);
        try {
            List<Future<Boolean>> answers = new ArrayList<>();
            for (int i = 0; i < senders; i++) {
                answers.add(pool.submit(() -> tx.execute(status -> {
                    await(together);
                    boolean allowed = limiter.tryHit(key, limit, Duration.ofHours(1));
                    sleep(300); // the rest of the form's transaction, while the others wait or race
                    return allowed;
                })));
            }
            int allowed = 0;
            for (Future<Boolean> answer : answers) {
                if (answer.get()) { // an exception here is the failure this test is for
                    allowed++;
                }
            }
            assertThat(allowed).isEqualTo(limit);
            assertThat(jdbc.sql("select hits from rate_limit where limit_key = :k").param("k", key)
                    .query(Integer.class).single()).isEqualTo(limit);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRefusedHitIsNotCounted() {
        String key = "test:" + UUID.randomUUID();
        List<Boolean> answers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            answers.add(tx.execute(status -> limiter.tryHit(key, 2, Duration.ofHours(1))));
        }
        assertThat(answers).containsExactly(true, true, false, false);
        assertThat(jdbc.sql("select hits from rate_limit where limit_key = :k").param("k", key)
                .query(Integer.class).single()).isEqualTo(2);
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

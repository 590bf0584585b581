package org.familyvoice.base;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Fixed-window counters kept in the database, so every node of a cluster counts together. A hit joins the
 * caller's transaction: if what it counted is not saved after all, the hit is not counted either.
 */
@Component
public class RateLimiter {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate nested;

    RateLimiter(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.nested = new TransactionTemplate(transactions);
        this.nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /**
     * Counts one hit for the key and says whether it is within the limit. A refused hit is not counted, so
     * the key can go again once its window has passed.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean tryHit(String key, int limit, Duration window) {
        return tryHit(key, limit, window, 3);
    }

    private boolean tryHit(String key, int limit, Duration window, int attemptsLeft) {
        Instant now = clock.instant();
        Timestamp windowStart = Timestamp.from(now.minus(window));
        // Start a new window when the old one has passed; count on top of the current one otherwise.
        int updated = jdbc.sql("""
                        update rate_limit
                        set hits = case when window_start <= :windowStart then 1 else hits + 1 end,
                            window_start = case when window_start <= :windowStart then :now else window_start end
                        where limit_key = :key and (window_start <= :windowStart or hits < :limit)""")
                .param("windowStart", windowStart)
                .param("now", Timestamp.from(now))
                .param("key", key)
                .param("limit", limit)
                .update();
        if (updated == 1) {
            return true;
        }
        boolean exists = jdbc.sql("select count(*) from rate_limit where limit_key = :key").param("key", key)
                .query(Integer.class).single() > 0;
        if (exists) {
            return false;
        }
        // Two first hits on a key at once (one address sending two forms together): the second insert meets the
        // first one's row. It is made under a savepoint, so losing that race undoes only the insert, not the caller's
        // transaction (PostgreSQL aborts a whole transaction on a failed statement); then it counts on that row.
        try {
            nested.executeWithoutResult(status -> jdbc.sql(
                            "insert into rate_limit (limit_key, window_start, hits) values (:key, :now, 1)")
                    .param("key", key).param("now", Timestamp.from(now)).update());
            return limit >= 1;
        } catch (DuplicateKeyException raced) {
            // counted on the winner's row below
        }
        if (attemptsLeft <= 1) {
            throw new IllegalStateException("could not count a hit for " + key + " after three tries");
        }
        return tryHit(key, limit, window, attemptsLeft - 1);
    }
}

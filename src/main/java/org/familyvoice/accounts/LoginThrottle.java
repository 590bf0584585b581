package org.familyvoice.accounts;

import org.familyvoice.base.audit.AuditAction;
import org.familyvoice.base.audit.AuditLog;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Counts failed attempts per account name (whether or not the account exists, so a lock says nothing
 * about existence) and per client address, in the database so every node of a cluster agrees.
 * Also used for invitation codes, so codes cannot be guessed at speed.
 */
@Component
public class LoginThrottle {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final LoginThrottleSettings settings;
    private final AuditLog audit;

    LoginThrottle(JdbcClient jdbc, Clock clock, LoginThrottleSettings settings, AuditLog audit) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.settings = settings;
        this.audit = audit;
    }

    public static String userKey(String username) {
        return "user:" + username.strip().toLowerCase(Locale.ROOT);
    }

    public static String addressKey(@Nullable String address) {
        return "address:" + (address == null ? "unknown" : address);
    }

    /** When the key may next try, if it is blocked now. */
    @Transactional(readOnly = true)
    public Optional<Instant> blockedUntil(String key) {
        Instant now = clock.instant();
        return jdbc.sql("select blocked_until from login_throttle where throttle_key = :key")
                .param("key", key)
                .query((rs, n) -> rs.getTimestamp(1))
                .optional()
                .map(Timestamp::toInstant)
                .filter(until -> until.isAfter(now));
    }

    /** Notes a failure for an account name; slows it down and then locks it. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void userFailed(String key, @Nullable String attemptedName) {
        int failures = increment(key);
        Duration block = Duration.ZERO;
        if (failures >= settings.lockAfter()) {
            block = settings.lockFor();
            if (failures == settings.lockAfter()) {
                audit.recordSecurityEvent(attemptedName, AuditAction.ACCOUNT_LOCKED, key, "locked for " + block);
            }
        } else if (failures >= settings.slowAfter()) {
            block = Duration.ofSeconds(1L << Math.min(10, failures - settings.slowAfter() + 1));
        }
        setBlock(key, block);
    }

    /** Notes a failure from a client address; blocks the address once it passes the limit. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void addressFailed(String key) {
        int failures = increment(key);
        if (failures >= settings.addressLimit()) {
            setBlock(key, settings.lockFor());
        }
    }

    /** A success clears the account name's count (not the address's: one good password does not excuse a spray). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(String key) {
        jdbc.sql("delete from login_throttle where throttle_key = :key").param("key", key).update();
    }

    private int increment(String key) {
        Instant now = clock.instant();
        Timestamp windowStart = Timestamp.from(now.minus(settings.window()));
        int updated = jdbc.sql("""
                        update login_throttle
                        set failures = case when last_failure_at < :windowStart then 1 else failures + 1 end,
                            last_failure_at = :now
                        where throttle_key = :key""")
                .param("windowStart", windowStart)
                .param("now", Timestamp.from(now))
                .param("key", key)
                .update();
        if (updated == 0) {
            try {
                jdbc.sql("insert into login_throttle (throttle_key, failures, last_failure_at) values (:key, 1, :now)")
                        .param("key", key)
                        .param("now", Timestamp.from(now))
                        .update();
                return 1;
            } catch (DuplicateKeyException raced) {
                // another node counted the first failure at the same moment: count this one on top
                jdbc.sql("update login_throttle set failures = failures + 1, last_failure_at = :now where throttle_key = :key")
                        .param("now", Timestamp.from(now))
                        .param("key", key)
                        .update();
            }
        }
        return jdbc.sql("select failures from login_throttle where throttle_key = :key")
                .param("key", key).query(Integer.class).single();
    }

    private void setBlock(String key, Duration block) {
        Timestamp until = block.isZero() ? null : Timestamp.from(clock.instant().plus(block));
        jdbc.sql("update login_throttle set blocked_until = :until where throttle_key = :key")
                .param("until", until, java.sql.Types.TIMESTAMP)
                .param("key", key)
                .update();
    }
}

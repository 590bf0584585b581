package org.familyvoice.demo;

import org.familyvoice.TestClock;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * The demo data is a year up to the moment it was loaded. Tests that read it "as of today" move the shared test
 * clock back to that moment (other tests may have moved it on) and undo the move afterwards.
 */
public final class DemoTime {

    private DemoTime() {
    }

    /** When the demo data was loaded (the administrator's account was created then). */
    public static Instant loadedAt(JdbcClient jdbc) {
        return jdbc.sql("select created_at from app_user where username = 'admin'").query(OffsetDateTime.class)
                .single().toInstant();
    }

    /** Moves the clock to when the demo data was loaded; returns the move that undoes it. */
    public static Duration backToLoad(JdbcClient jdbc, TestClock clock) {
        Duration shift = Duration.between(clock.instant(), loadedAt(jdbc));
        clock.advance(shift);
        return shift.negated();
    }
}

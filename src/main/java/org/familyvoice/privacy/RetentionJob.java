package org.familyvoice.privacy;

import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.familyvoice.base.audit.AuditAction;
import org.familyvoice.base.audit.AuditLog;
import org.familyvoice.privacy.repository.PrivacyStore;
import org.familyvoice.privacy.repository.RetentionRuns;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The retention job: anonymises feedback and meeting content past their periods and deletes notifications, sign-in
 * counters, rate limits and old e-mails, with the same SQL as erasure ({@link PrivacyStore}). Every node schedules it;
 * a ShedLock row in the shared database lets one node run it at a time and the others skip. It is idempotent: each
 * step only picks rows that still need it, so a second run right after the first changes nothing. Each run is written
 * to {@code retention_run} (counts, node, times) and to the audit trail. Time comes from the injected clock.
 */
@Component
@EnableScheduling
public class RetentionJob {

    /** The name of the ShedLock row: the scheduled and the administrator's runs share it. */
    public static final String LOCK = "familyvoice-retention";

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    private final PrivacyStore store;
    private final RetentionRuns runs;
    private final RetentionSettings settings;
    private final LockingTaskExecutor locks;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final String node;

    RetentionJob(PrivacyStore store, RetentionRuns runs, RetentionSettings settings, LockProvider retentionLockProvider,
                 AuditLog audit, Clock clock, PlatformTransactionManager transactions,
                 @Value("${familyvoice.retention.node:}") String node) {
        this.store = store;
        this.runs = runs;
        this.settings = settings;
        this.locks = new DefaultLockingTaskExecutor(retentionLockProvider);
        this.audit = audit;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
        this.node = node.isBlank() ? hostName() : node;
    }

    @Scheduled(cron = "${familyvoice.retention.cron:0 30 2 * * *}", zone = "${familyvoice.retention.zone:Europe/London}")
    void scheduled() {
        if (settings.enabled()) {
            run(Trigger.SCHEDULE);
        }
    }

    public enum Trigger { SCHEDULE, MANUAL }

    /**
     * Runs the job now unless another node (or thread) is running it, or a scheduled run finished less than
     * lock-at-least-for ago; empty when it did not run. An administrator's run holds the lock only while it runs.
     */
    public Optional<RetentionRun> run(Trigger trigger) {
        Duration atLeast = trigger == Trigger.SCHEDULE ? settings.lockAtLeastFor() : Duration.ZERO;
        try {
            var result = locks.executeWithLock((LockingTaskExecutor.TaskWithResult<RetentionRun>) () -> apply(trigger),
                    new LockConfiguration(ClockProvider.now(), LOCK, settings.lockAtMostFor(), atLeast));
            if (!result.wasExecuted()) {
                log.info("Retention job not run on {}: another node holds the lock", node);
                return Optional.empty();
            }
            return Optional.of(result.getResult());
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    public String node() {
        return node;
    }

    private RetentionRun apply(Trigger trigger) {
        Instant now = clock.instant();
        long id = tx.execute(status -> runs.start(now, node, trigger.name()));
        int[] counts = new int[6];
        try {
            counts[0] = inBatches(store::feedbackIdentifiableBefore, before(now, settings.feedbackIdentifiable()),
                    (feedbackId, at) -> store.anonymiseFeedback(feedbackId, at));
            counts[1] = inBatches(store::meetingsWithContentBefore, before(now, settings.meetingContent()),
                    (meetingId, at) -> store.eraseMeetingContent(meetingId, at));
            counts[2] = once(at -> store.deleteNotificationsBefore(before(at, settings.notifications())));
            counts[3] = once(at -> store.deleteThrottlesBefore(before(at, settings.loginThrottle()), at));
            counts[4] = once(at -> store.deleteRateLimitsBefore(before(at, settings.rateLimits())));
            counts[5] = once(at -> store.deleteFinishedEmailsBefore(before(at, settings.emails())));
            RetentionRun run = tx.execute(status -> {
                RetentionRun done = runs.finish(id, clock.instant(), "DONE", counts, null);
                recordAudit(trigger, done);
                return done;
            });
            log.info("Retention run {} on {}: {}", id, node, run.summary());
            return run;
        } catch (RuntimeException e) {
            log.error("Retention run {} on {} failed", id, node, e);
            String error = e.getClass().getSimpleName();
            tx.executeWithoutResult(status -> recordAudit(trigger, runs.finish(id, clock.instant(), "FAILED", counts,
                    error)));
            throw e;
        }
    }

    private void recordAudit(Trigger trigger, RetentionRun run) {
        String details = run.status() + " on " + node + ": " + run.summary();
        if (trigger == Trigger.SCHEDULE) {
            audit.recordAs("retention-job", AuditAction.RETENTION_RUN, "retention-run:" + run.id(), details);
        } else {
            audit.record(AuditAction.RETENTION_RUN, "retention-run:" + run.id(), details);
        }
    }

    /** Picks a batch of due rows and handles them in one transaction, until no row is due. */
    private int inBatches(Finder finder, Instant cutOff, BiConsumer<Long, Instant> handle) {
        int total = 0;
        while (true) {
            List<Long> batch = tx.execute(status -> {
                List<Long> ids = finder.due(cutOff, settings.batch());
                Instant at = clock.instant();
                ids.forEach(rowId -> handle.accept(rowId, at));
                return ids;
            });
            total += batch.size();
            if (batch.size() < settings.batch()) {
                return total;
            }
        }
    }

    private int once(Function<Instant, Integer> delete) {
        Integer n = tx.execute(status -> delete.apply(clock.instant()));
        return n == null ? 0 : n;
    }

    @FunctionalInterface
    private interface Finder {
        List<Long> due(Instant before, int limit);
    }

    private Instant before(Instant now, Period period) {
        return now.atZone(ZoneId.of(settings.zone())).minus(period).toInstant();
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            return "node-" + ProcessHandle.current().pid();
        }
    }
}

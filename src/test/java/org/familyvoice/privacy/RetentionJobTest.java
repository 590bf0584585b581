package org.familyvoice.privacy;

import org.familyvoice.IntegrationTest;
import org.familyvoice.SignIn;
import org.familyvoice.TestClock;
import org.familyvoice.base.audit.AuditAction;
import org.familyvoice.base.audit.AuditFilter;
import org.familyvoice.base.audit.AuditLog;
import org.familyvoice.privacy.repository.PrivacyStore;
import org.familyvoice.privacy.repository.RetentionRuns;
import net.javacrumbs.shedlock.core.LockProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The retention job, with the test clock moved past the periods: it anonymises and deletes what is due, keeps every
 * figure, changes nothing on a second run, runs on one node when two start together (two job instances with their
 * own node names and lock providers on the same database, as two servers would), and records each run.
 */
@IntegrationTest
@TestPropertySource(properties = "familyvoice.retention.node=privacy-tests")
class RetentionJobTest {

    @Autowired RetentionJob job;
    @Autowired RetentionService service;
    @Autowired RetentionSettings settings;
    @Autowired PrivacyFixtures fixtures;
    @Autowired PrivacyStore store;
    @Autowired RetentionRuns runs;
    @Autowired AuditLog audit;
    @Autowired javax.sql.DataSource dataSource;
    @Autowired PlatformTransactionManager transactions;
    @Autowired TestClock clock;
    @Autowired SignIn signIn;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void signOutAndUnlock() {
        SignIn.out();
        // release the lock a scheduled run keeps for lock-at-least-for (deleting the row would confuse ShedLock, which
        // remembers that the row exists and then only updates it)
        jdbc.sql("update shedlock set lock_until = locked_at").update();
    }

    private String rollups() {
        return jdbc.sql("select * from voice_rollup order by 1, 2, 3, 4, 5, 6").query().listOfRows().toString()
                + jdbc.sql("select * from theme_rollup order by 1, 2, 3, 4, 5, 6").query().listOfRows()
                + jdbc.sql("select * from feedback_rollup order by 1, 2, 3").query().listOfRows()
                + jdbc.sql("select count(*) from meeting").query(Long.class).single()
                + jdbc.sql("select count(*) from feedback").query(Long.class).single()
                + jdbc.sql("select count(*) from meeting_check").query(Long.class).single();
    }

    private int count(String sql, Object value) {
        return jdbc.sql(sql).param("v", value).query(Integer.class).single();
    }

    @Test
    void onlyAdministratorsSeeTheSettingsAndRunIt() {
        for (String who : List.of(SignIn.PARENT_HARPER, SignIn.PRACTITIONER_NORTH, SignIn.MANAGER_SOUTH)) {
            signIn.as(who);
            assertThatThrownBy(() -> service.runNow()).as(who)
                    .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
            assertThatThrownBy(() -> service.recentRuns(0, 10)).as(who)
                    .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
            SignIn.out();
        }
        signIn.as(SignIn.ADMIN);
        assertThat(service.settings().feedbackIdentifiable()).isEqualTo(java.time.Period.ofMonths(24));
    }

    @Test
    void aRunAnonymisesWhatIsPastItsPeriodKeepsTheFiguresAndASecondRunChangesNothing() {
        var person = fixtures.seed("FV-1002", "Perpetua", "Lindqvist-Oyelaran");
        signIn.as(SignIn.ADMIN);
        RetentionRun first = service.runNow().orElseThrow();
        assertThat(count("select count(*) from feedback where author_user_id = :v", person.userId()))
                .as("not yet due").isOne();

        clock.advance(Duration.ofDays(3 * 366 + 30));
        String figures = rollups();
        RetentionRun due = service.runNow().orElseThrow();
        assertThat(due.status()).isEqualTo("DONE");
        assertThat(due.feedbackAnonymised()).isPositive();
        assertThat(due.meetingsAnonymised()).isPositive();
        assertThat(due.notificationsDeleted()).isPositive();
        assertThat(due.throttlesDeleted()).isPositive();
        assertThat(due.node()).isEqualTo("privacy-tests");
        assertThat(rollups()).as("figures after retention").isEqualTo(figures);
        assertThat(count("select count(*) from feedback where author_user_id = :v", person.userId())).isZero();
        assertThat(count("select count(*) from meeting_contribution where lower(text) like :v",
                "%" + person.marker() + "%")).isZero();
        assertThat(count("select count(*) from voice_item where lower(text) like :v", "%" + person.marker() + "%"))
                .isZero();
        assertThat(count("select count(*) from meeting_check where comment like :v", "%" + person.first() + "%"))
                .isZero();

        String after = dump();
        RetentionRun again = service.runNow().orElseThrow();
        assertThat(again.total()).as("second run").isZero();
        assertThat(dump()).as("nothing changed by the second run").isEqualTo(after);

        assertThat(service.recentRuns(0, 10)).extracting(RetentionRun::id)
                .containsSubsequence(again.id(), due.id(), first.id());
        assertThat(audit.find(new AuditFilter(null, null, AuditAction.RETENTION_RUN, null, null), 0, 10))
                .anySatisfy(e -> {
                    assertThat(e.target()).isEqualTo("retention-run:" + due.id());
                    assertThat(e.actor()).isEqualTo(SignIn.ADMIN);
                    assertThat(e.details()).contains("feedback " + due.feedbackAnonymised());
                });
    }

    /** The tables the job changes, in full (but not its own record of runs). */
    private String dump() {
        var parts = new ArrayList<String>();
        for (String table : List.of("feedback", "feedback_reply", "meeting", "meeting_contribution", "agenda_item",
                "meeting_action", "meeting_check", "meeting_attendee", "voice_item", "voice_item_term", "term_rollup",
                "notification", "login_throttle", "rate_limit", "email_outbox", "safeguarding_alert")) {
            parts.add(jdbc.sql("select * from " + table + " order by 1, 2").query().listOfRows().toString());
        }
        return String.join("\n", parts);
    }

    @Test
    void twoNodesStartingTogetherRunItOnceAndTheOtherSkips() throws Exception {
        List<RetentionJob> nodes = List.of(node("node-a"), node("node-b"), node("node-c"));
        int before = runs.count();
        var barrier = new CyclicBarrier(nodes.size());
        ExecutorService pool = Executors.newFixedThreadPool(nodes.size());
        try {
            List<Future<Optional<RetentionRun>>> results = new ArrayList<>();
            for (RetentionJob node : nodes) {
                results.add(pool.submit(() -> {
                    barrier.await();
                    return node.run(RetentionJob.Trigger.SCHEDULE);
                }));
            }
            List<Optional<RetentionRun>> done = new ArrayList<>();
            for (var f : results) {
                done.add(f.get());
            }
            assertThat(done.stream().filter(Optional::isPresent).count()).as("runs").isOne();
            assertThat(runs.count()).isEqualTo(before + 1);
            // a scheduled run holds the lock for lock-at-least-for: a node whose clock is late does not run it again
            assertThat(node("node-d").run(RetentionJob.Trigger.SCHEDULE)).isEmpty();
            assertThat(runs.count()).isEqualTo(before + 1);
        } finally {
            pool.shutdownNow();
        }
    }

    private RetentionJob node(String name) {
        // each "server" has its own lock provider on the same database, as two application nodes would
        LockProvider own = new net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider(
                net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider.Configuration.builder()
                        .withJdbcTemplate(new org.springframework.jdbc.core.JdbcTemplate(dataSource))
                        .forceUtcTimeZone().build());
        return new RetentionJob(store, runs, settings, own, audit, clock, transactions, name);
    }
}

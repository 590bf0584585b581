package org.familyvoice.privacy;

import org.familyvoice.IntegrationTest;
import org.familyvoice.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Not a test: how long the subject access export takes for a person with a long history. Not run by the test suites
 * (the class name matches no surefire pattern); run it with
 * {@code ./mvnw -B -o -Pbench test -Dtest=SubjectAccessBenchmark} (add {@code -Ppostgres} for PostgreSQL). In one
 * transaction that is rolled back afterwards, it gives Leanne Harper {@value #FEEDBACK} pieces of feedback (two
 * 600-character answers each, every one replied to, with two consent records), {@value #NOTIFICATIONS}
 * notifications and {@value #AUDIT} audit events of her own, then times {@value #RUNS} exports after one warm-up.
 * The report goes to standard output and target/bench/subject-access-benchmark.md; the figures are in
 * docs/security/subject-access-and-consent.md.
 */
@IntegrationTest
class SubjectAccessBenchmark {

    static final int FEEDBACK = 500;
    static final int NOTIFICATIONS = 1000;
    static final int AUDIT = 2000;
    static final int RUNS = 5;

    @Autowired SubjectAccessService subjects;
    @Autowired SignIn signIn;
    @Autowired JdbcClient jdbc;

    @Test
    @Transactional
    void exportOfAPersonWithALongHistory() throws IOException {
        long leanne = jdbc.sql("select id from app_user where username = 'parent.harper'").query(Long.class).single();
        long family = jdbc.sql("select family_id from app_user where id = :u").param("u", leanne).query(Long.class)
                .single();
        long priya = jdbc.sql("select id from app_user where username = 'practitioner.north'").query(Long.class)
                .single();
        String answer = ("Nobody rang me back for three weeks <b>and</b> the meeting moved twice 😀 مرحبا. ").repeat(8)
                .substring(0, 600);
        Timestamp at = Timestamp.from(Instant.parse("2026-06-01T10:00:00Z"));
        for (int i = 0; i < FEEDBACK; i++) {
            String ref = "B" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
            long id = jdbc.sql("""
                            insert into feedback (reference, submission_key, source, about, family_id, author_user_id,
                                author_name, listened, understood, respected, went_well, could_be_better, may_contact,
                                may_use_words, flagged, status, submitted_at)
                            values (:ref, :key, 'PARENT', 'SOCIAL_WORKER', :family, :user, 'Leanne Harper', 2, 3, 4,
                                :text, :text, true, true, false, 'REPLIED', :at)""")
                    .param("ref", ref).param("key", UUID.randomUUID().toString()).param("family", family)
                    .param("user", leanne).param("text", answer).param("at", at)
                    .update(new org.springframework.jdbc.support.GeneratedKeyHolder(), "id") == 1
                    ? jdbc.sql("select id from feedback where reference = :r").param("r", ref).query(Long.class).single()
                    : -1;
            jdbc.sql("""
                            insert into feedback_reply (feedback_id, author_user_id, author_name, text, sent_at)
                            values (:f, :p, 'Priya Shah', :text, :at)""")
                    .param("f", id).param("p", priya).param("text", answer).param("at", at).update();
            for (String purpose : List.of("IMPROVEMENT_USE", "CONTACT")) {
                jdbc.sql("""
                                insert into consent_record (user_id, origin, origin_id, purpose, given, wording_key,
                                    wording_version, wording_hash, recorded_at)
                                values (:u, 'FEEDBACK', :f, :p, true, 'FEEDBACK_WORDS_ADULT', 1, 'x', :at)""")
                        .param("u", leanne).param("f", id).param("p", purpose).param("at", at).update();
            }
        }
        for (int i = 0; i < NOTIFICATIONS; i++) {
            jdbc.sql("""
                            insert into notification (user_id, message_key, message_arg, link, created_at)
                            values (:u, 'notification.feedback-reply', :arg, 'my-feedback', :at)""")
                    .param("u", leanne).param("arg", "B" + i).param("at", at).update();
        }
        for (int i = 0; i < AUDIT; i++) {
            jdbc.sql("""
                            insert into audit_event (occurred_at, actor, action, target, details, family_id)
                            values (:at, 'parent.harper', 'CONTRIBUTION_EDITED', :t, 'meeting:1 QUESTION EVERYONE',
                                :family)""")
                    .param("at", at).param("t", "contribution:" + i).param("family", family).update();
        }

        signIn.as(SignIn.ADMIN);
        PersonRef ref = new PersonRef(leanne, null);
        var sample = new ByteArrayOutputStream();
        subjects.export(ref, sample); // warm-up, and the size
        List<Long> millis = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            long start = System.nanoTime();
            subjects.export(ref, OutputStream.nullOutputStream());
            millis.add((System.nanoTime() - start) / 1_000_000);
        }
        List<Long> sorted = millis.stream().sorted().toList();
        String database = jdbc.sql("select 1").query(Integer.class).single() == 1
                ? System.getProperty("spring.profiles.active", "h2") : "?";
        String report = """
                # Subject access export benchmark

                database: %s; person: %d feedback (each replied to, 2 consent records), %d notifications, %d audit events
                ZIP size: %,d bytes
                runs (ms): %s; median %d ms, slowest %d ms
                """.formatted(database, FEEDBACK, NOTIFICATIONS, AUDIT, sample.size(), millis,
                sorted.get(sorted.size() / 2), sorted.getLast());
        System.out.println(report);
        Files.createDirectories(Path.of("target/bench"));
        Files.writeString(Path.of("target/bench/subject-access-benchmark-" + database + ".md"), report);
        assertThat(sample.size()).isPositive();
    }
}

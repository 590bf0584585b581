package org.familyvoice.notifications;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.familyvoice.IntegrationTest;
import org.familyvoice.SignIn;
import org.familyvoice.TestClock;
import org.familyvoice.accounts.AccountService;
import org.familyvoice.feedback.FeedbackService;
import org.familyvoice.feedback.Receipt;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** The outbox against a real SMTP server in the test's own process (GreenMail). */
@IntegrationTest
class OutboxSmtpTest {

    private static final int PORT = freePort();
    private static GreenMail smtp = start();

    @DynamicPropertySource
    static void smtpServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> PORT);
        registry.add("familyvoice.mail.from", () -> "Family Voice <no-reply@familyvoice.example>");
        registry.add("familyvoice.mail.max-attempts", () -> 3);
        registry.add("familyvoice.mail.retry-after", () -> "1m");
        registry.add("spring.mail.properties[mail.smtp.connectiontimeout]", () -> 2000);
        registry.add("spring.mail.properties[mail.smtp.timeout]", () -> 2000);
    }

    @Autowired SignIn signIn;
    @Autowired AccountService accounts;
    @Autowired FeedbackService feedback;
    @Autowired EmailOutbox outbox;
    @Autowired OutboxSender sender;
    @Autowired MailSettings settings;
    @Autowired ObjectProvider<JavaMailSender> mailSender;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate tx;
    @Autowired TestClock clock;

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static GreenMail start() {
        var server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    @BeforeEach
    void smtpRunning() throws Exception {
        if (!smtp.isRunning()) {
            smtp = start();
        }
        smtp.purgeEmailFromAllMailboxes();
        // earlier tests' e-mails are done with: only this test's rows are due
        jdbc.sql("update email_outbox set status = 'SENT' where status in ('PENDING', 'SENDING')").update();
    }

    @AfterEach
    void out() {
        SignIn.out();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    private static String address() {
        return "leanne." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    private long enqueue(String to, String subject) {
        tx.executeWithoutResult(s -> outbox.enqueue(null, to, subject, "Sign in to read it."));
        return jdbc.sql("select max(id) from email_outbox where to_address = :to").param("to", to)
                .query(Long.class).single();
    }

    private Map<String, Object> row(long id) {
        return jdbc.sql("select status, attempts, next_attempt_at, sent_at, last_error from email_outbox where id = :id")
                .param("id", id).query().singleRow();
    }

    private java.time.Instant nextAttempt(long id) {
        return jdbc.sql("select next_attempt_at from email_outbox where id = :id").param("id", id)
                .query((rs, n) -> rs.getTimestamp(1).toInstant()).single();
    }

    @Test
    void aStaffReplyReachesTheFamilyMemberByEmailWithTheReferenceAndNoneOfTheWords() throws Exception {
        String to = address();
        FeedbackReplies.setHarpersEmail(signIn, accounts, to);
        String words = "Priya listened " + UUID.randomUUID();
        Receipt receipt = FeedbackReplies.harperGivesFeedback(signIn, feedback, words);
        String reply = "Thank you, Leanne, letters will come a week ahead " + UUID.randomUUID();
        FeedbackReplies.workerReplies(signIn, feedback, receipt, reply);
        assertThat(FeedbackReplies.status(jdbc, to)).isEqualTo("PENDING");
        assertThat(smtp.getReceivedMessages()).as("nothing is sent inside the request").isEmpty();

        assertThat(sender.sendDue()).isEqualTo(1);

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage mail = received[0];
        assertThat(Arrays.stream(mail.getRecipients(Message.RecipientType.TO)).map(Object::toString)).containsExactly(to);
        assertThat(mail.getFrom()[0].toString()).contains("no-reply@familyvoice.example");
        assertThat(mail.getSubject()).isEqualTo("Family Voice: you have a new notification");
        String body = mail.getContent().toString();
        assertThat(body).contains("You have a reply to your feedback " + receipt.reference(), "Sign in",
                "http://localhost:8080/my-feedback");
        assertThat(body).doesNotContain(words, reply, "Priya", "Leanne", "Letters came late");
        assertThat(FeedbackReplies.status(jdbc, to)).isEqualTo("SENT");

        assertThat(sender.sendDue()).as("sent once, never again").isZero();
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    @Test
    void whenTheMailServerIsAwayTheEmailIsTriedAgainLaterAndGivenUpAfterTheLastTry() {
        smtp.stop();
        long id = enqueue(address(), "Retry " + UUID.randomUUID());

        assertThat(sender.sendDue()).isZero();
        Map<String, Object> first = row(id);
        assertThat(first.get("status")).isEqualTo("PENDING");
        assertThat(first.get("attempts")).isEqualTo(1);
        assertThat((String) first.get("last_error")).isNotBlank().containsIgnoringCase("connect");
        assertThat(nextAttempt(id))
                .isEqualTo(clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS).plus(Duration.ofMinutes(1)));

        assertThat(sender.sendDue()).isZero();
        assertThat(row(id).get("attempts")).as("not due again before the pause").isEqualTo(1);

        clock.advance(Duration.ofMinutes(1));
        sender.sendDue();
        Map<String, Object> second = row(id);
        assertThat(second.get("attempts")).isEqualTo(2);
        assertThat(nextAttempt(id))
                .as("the pause doubles")
                .isEqualTo(clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS).plus(Duration.ofMinutes(2)));

        clock.advance(Duration.ofMinutes(2));
        sender.sendDue();
        Map<String, Object> last = row(id);
        assertThat(last.get("status")).isEqualTo("FAILED");
        assertThat(last.get("attempts")).isEqualTo(3);
        assertThat(last.get("sent_at")).isNull();

        clock.advance(Duration.ofHours(2));
        smtp = start();
        assertThat(sender.sendDue()).as("a failed e-mail stays failed").isZero();
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void anEmailThatFailedOnceIsSentWhenTheServerIsBack() {
        smtp.stop();
        String to = address();
        long id = enqueue(to, "Back " + UUID.randomUUID());
        sender.sendDue();
        assertThat(row(id).get("attempts")).isEqualTo(1);

        smtp = start();
        clock.advance(Duration.ofMinutes(1));
        assertThat(sender.sendDue()).isEqualTo(1);
        Map<String, Object> sent = row(id);
        assertThat(sent.get("status")).isEqualTo("SENT");
        assertThat(sent.get("attempts")).isEqualTo(2);
        assertThat(sent.get("last_error")).isNull();
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    @Test
    void twoNodesSendingAtOnceNeverSendTheSameEmailTwice() throws Exception {
        int count = 20;
        List<String> subjects = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String subject = "Race " + i + " " + UUID.randomUUID();
            subjects.add(subject);
            enqueue(address(), subject);
        }
        // two senders, as on two nodes (each with its own node name), starting at the same moment
        var nodeA = new OutboxSender(jdbc, mailSender, settings, clock);
        var nodeB = new OutboxSender(jdbc, mailSender, settings, clock);
        var barrier = new CyclicBarrier(2);
        try (var pool = Executors.newFixedThreadPool(2)) {
            Future<Integer> a = pool.submit(() -> {
                barrier.await();
                return nodeA.sendDue();
            });
            Future<Integer> b = pool.submit(() -> {
                barrier.await();
                return nodeB.sendDue();
            });
            assertThat(a.get() + b.get()).isEqualTo(count);
        }
        List<String> received = new ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            received.add(m.getSubject());
        }
        assertThat(received).hasSize(count).containsExactlyInAnyOrderElementsOf(subjects);
        assertThat(jdbc.sql("select count(*) from email_outbox where subject like 'Race %' and status = 'SENT' and attempts = 1")
                .query(Integer.class).single()).isEqualTo(count);
    }

    @Test
    void aClaimLeftByANodeThatStoppedMidSendIsTriedAgainAfterTheTimeout() {
        long id = enqueue(address(), "Abandoned " + UUID.randomUUID());
        jdbc.sql("update email_outbox set status = 'SENDING', claimed_by = 'gone', claimed_at = :at where id = :id")
                .param("at", java.sql.Timestamp.from(clock.instant())).param("id", id).update();
        assertThat(sender.sendDue()).isZero();
        assertThat(row(id).get("status")).isEqualTo("SENDING");

        clock.advance(settings.claimTimeout().plusSeconds(1));
        assertThat(sender.sendDue()).isEqualTo(1);
        assertThat(row(id).get("status")).isEqualTo("SENT");
    }
}

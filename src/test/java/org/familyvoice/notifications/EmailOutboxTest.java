package org.familyvoice.notifications;

import org.familyvoice.IntegrationTest;
import org.familyvoice.SignIn;
import org.familyvoice.accounts.AccountService;
import org.familyvoice.base.UserId;
import org.familyvoice.feedback.FeedbackService;
import org.familyvoice.feedback.Receipt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The outbox without an SMTP server (the default): nothing fails, nothing is sent, everything is visible. */
@IntegrationTest
class EmailOutboxTest {

    @Autowired SignIn signIn;
    @Autowired AccountService accounts;
    @Autowired FeedbackService feedback;
    @Autowired NotificationService notifications;
    @Autowired EmailOutbox outbox;
    @Autowired OutboxSender sender;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate tx;

    @AfterEach
    void out() {
        SignIn.out();
    }

    private static String address() {
        return "leanne." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    private long harper() {
        return jdbc.sql("select id from app_user where username = 'parent.harper'").query(Long.class).single();
    }

    @Test
    void withoutSmtpAReplyIsKeptAsWhatWouldHaveBeenSentAndTheSenderThrowsNothing() {
        String to = address();
        FeedbackReplies.setHarpersEmail(signIn, accounts, to);
        Receipt receipt = FeedbackReplies.harperGivesFeedback(signIn, feedback, "Priya listened to us");
        FeedbackReplies.workerReplies(signIn, feedback, receipt, "Thank you, Leanne, letters will come sooner");

        signIn.as(SignIn.ADMIN); // whether mail is configured is the outbox page's question, for administrators
        assertThat(outbox.configured()).isFalse();
        SignIn.out();
        assertThat(FeedbackReplies.rows(jdbc, to)).isEqualTo(1);
        assertThat(FeedbackReplies.status(jdbc, to)).isEqualTo("NOT_CONFIGURED");

        assertThat(sender.sendDue()).isZero();
        Map<String, Object> row = jdbc.sql("select status, attempts, sent_at, body from email_outbox where to_address = :to")
                .param("to", to).query().singleRow();
        assertThat(row.get("status")).isEqualTo("NOT_CONFIGURED");
        assertThat(row.get("attempts")).isEqualTo(0);
        assertThat(row.get("sent_at")).isNull();
        assertThat((String) row.get("body")).contains(receipt.reference(), "http://localhost:8080/my-feedback")
                .doesNotContain("Priya", "letters will come sooner", "Leanne");

        signIn.as(SignIn.ADMIN);
        assertThat(outbox.newest(0, 10)).first().satisfies(e -> {
            assertThat(e.maskedTo()).isEqualTo("l***@example.org");
            assertThat(e.status()).isEqualTo(OutboxStatus.NOT_CONFIGURED);
        });
    }

    @Test
    void aPendingEmailLeftWhenSmtpWasRemovedIsMarkedNotConfiguredNotFailed() {
        String to = address();
        jdbc.sql("""
                insert into email_outbox (to_address, subject, body, status, attempts, created_at, next_attempt_at)
                values (:to, 's', 'b', 'PENDING', 0, current_timestamp, current_timestamp)""").param("to", to).update();
        assertThat(sender.sendDue()).isZero();
        assertThat(FeedbackReplies.status(jdbc, to)).isEqualTo("NOT_CONFIGURED");
    }

    @Test
    void whenTheTransactionThatMakesTheNewsFailsNoEmailIsStored() {
        String to = address();
        FeedbackReplies.setHarpersEmail(signIn, accounts, to);
        Receipt receipt = FeedbackReplies.harperGivesFeedback(signIn, feedback, "Rollback words");
        signIn.as(SignIn.PRACTITIONER_NORTH);
        assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
            feedback.reply(receipt.id(), "A reply that will not stay");
            assertThat(FeedbackReplies.rows(jdbc, to)).as("stored inside the transaction").isEqualTo(1);
            throw new IllegalStateException("something later in the same transaction fails");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(FeedbackReplies.rows(jdbc, to)).isZero();
        assertThat(jdbc.sql("select count(*) from notification where message_arg = :ref").param("ref", receipt.reference())
                .query(Integer.class).single()).isZero();
    }

    @Test
    void anEmailIsOnlyEverStoredInsideTheTransactionOfItsNews() {
        assertThatThrownBy(() -> outbox.enqueue(null, address(), "subject", "body"))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThatThrownBy(() -> notifications.send(new UserId(harper()), "notification.feedback-reply", "FV-TEST-00", null))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void peopleWithoutAnAddressGetTheInAppNotificationOnly() {
        FeedbackReplies.setHarpersEmail(signIn, accounts, "");
        int before = jdbc.sql("select count(*) from email_outbox").query(Integer.class).single();
        Receipt receipt = FeedbackReplies.harperGivesFeedback(signIn, feedback, "No e-mail for me");
        FeedbackReplies.workerReplies(signIn, feedback, receipt, "Noted");
        assertThat(jdbc.sql("select count(*) from email_outbox").query(Integer.class).single()).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from notification where message_arg = :ref").param("ref", receipt.reference())
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void addressesAreMaskedAndRetriesBackOff() {
        assertThat(OutboxEmail.mask("leanne@example.org")).isEqualTo("l***@example.org");
        assertThat(OutboxEmail.mask("x@y.uk")).isEqualTo("x***@y.uk");
        assertThat(OutboxEmail.mask("nonsense")).isEqualTo("***");
        var settings = new MailSettings("from@example.org", false, java.time.Duration.ofSeconds(15), 20, 6,
                java.time.Duration.ofMinutes(1), java.time.Duration.ofMinutes(10), java.time.Duration.ofMinutes(10));
        assertThat(settings.backoff(1)).hasMinutes(1);
        assertThat(settings.backoff(2)).hasMinutes(2);
        assertThat(settings.backoff(3)).hasMinutes(4);
        assertThat(settings.backoff(5)).hasMinutes(10);
        assertThat(settings.backoff(40)).hasMinutes(10);
    }
}

package org.familyvoice.notifications;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Sends due e-mails from the outbox. Several nodes may run it at once: each due row is claimed with a conditional
 * update ({@code PENDING → SENDING where status = 'PENDING'}) that exactly one node wins, on H2 and PostgreSQL alike;
 * the SMTP conversation happens outside any transaction, and the row is then marked sent, or put back with a pause
 * that doubles after every failure, or marked failed after the last try. A node that stops mid-send leaves its claim;
 * after {@code claim-timeout} another node tries that e-mail again (so a crash can, rarely, send one twice; nothing
 * is ever lost).
 */
@Component
public class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    private static final int ERROR_LENGTH = 500;

    private final JdbcClient jdbc;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final MailSettings settings;
    private final Clock clock;
    private final String node;

    OutboxSender(JdbcClient jdbc, ObjectProvider<JavaMailSender> mailSender, MailSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.mailSender = mailSender;
        this.settings = settings;
        this.clock = clock;
        String name = ManagementFactory.getRuntimeMXBean().getName();
        this.node = clip(name + "/" + UUID.randomUUID().toString().substring(0, 8), 100);
    }

    /**
     * One poll: claims and sends the e-mails that are due. Without an SMTP server it sends nothing, fails nothing, and
     * marks due e-mails "not configured" so the outbox shows what would have been sent.
     *
     * @return how many e-mails were sent
     */
    public int sendDue() {
        Instant now = now();
        releaseAbandonedClaims(now);
        JavaMailSender mail = mailSender.getIfAvailable();
        if (mail == null) {
            jdbc.sql("update email_outbox set status = 'NOT_CONFIGURED', last_error = null where status = 'PENDING'")
                    .update();
            return 0;
        }
        List<Long> due = jdbc.sql("""
                        select id from email_outbox where status = 'PENDING' and next_attempt_at <= :now
                        order by next_attempt_at, id limit :limit""")
                .param("now", Timestamp.from(now))
                .param("limit", settings.batchSize())
                .query(Long.class).list();
        int sent = 0;
        for (long id : due) {
            Optional<Claimed> claimed = claim(id);
            if (claimed.isPresent() && send(mail, claimed.get())) {
                sent++;
            }
        }
        return sent;
    }

    private record Claimed(long id, String to, String subject, String body, int attempts) {
    }

    /** Exactly one of the nodes racing for a row gets 1 from this update; the others get 0 and move on. */
    private Optional<Claimed> claim(long id) {
        int won = jdbc.sql("""
                        update email_outbox set status = 'SENDING', claimed_by = :node, claimed_at = :now
                        where id = :id and status = 'PENDING'""")
                .param("node", node)
                .param("now", Timestamp.from(now()))
                .param("id", id)
                .update();
        if (won != 1) {
            return Optional.empty();
        }
        return jdbc.sql("select id, to_address, subject, body, attempts from email_outbox where id = :id and claimed_by = :node")
                .param("id", id)
                .param("node", node)
                .query((rs, n) -> new Claimed(rs.getLong("id"), rs.getString("to_address"), rs.getString("subject"),
                        rs.getString("body"), rs.getInt("attempts")))
                .optional();
    }

    private boolean send(JavaMailSender mail, Claimed email) {
        int attempts = email.attempts() + 1;
        try {
            var message = new SimpleMailMessage();
            message.setFrom(settings.from());
            message.setTo(email.to());
            message.setSubject(email.subject());
            message.setText(email.body());
            mail.send(message);
        } catch (RuntimeException e) {
            boolean last = attempts >= settings.maxAttempts();
            Instant next = now().plus(settings.backoff(attempts));
            log.warn("E-mail {} not sent (try {} of {}): {}", email.id(), attempts, settings.maxAttempts(), e.toString());
            finish(email.id(), last ? OutboxStatus.FAILED : OutboxStatus.PENDING, attempts, next, null, describe(e));
            return false;
        }
        finish(email.id(), OutboxStatus.SENT, attempts, now(), now(), null);
        return true;
    }

    private void finish(long id, OutboxStatus status, int attempts, Instant next, @Nullable Instant sentAt,
                        @Nullable String error) {
        jdbc.sql("""
                        update email_outbox set status = :status, attempts = :attempts, next_attempt_at = :next,
                            sent_at = :sentAt, last_error = :error, claimed_by = null, claimed_at = null
                        where id = :id and status = 'SENDING' and claimed_by = :node""")
                .param("status", status.name())
                .param("attempts", attempts)
                .param("next", Timestamp.from(next))
                .param("sentAt", sentAt == null ? null : Timestamp.from(sentAt))
                .param("error", error)
                .param("id", id)
                .param("node", node)
                .update();
    }

    /** Claims older than the timeout belong to a node that stopped mid-send: the e-mail is due again. */
    private void releaseAbandonedClaims(Instant now) {
        int released = jdbc.sql("""
                        update email_outbox set status = 'PENDING', claimed_by = null, claimed_at = null
                        where status = 'SENDING' and claimed_at < :before""")
                .param("before", Timestamp.from(now.minus(settings.claimTimeout())))
                .update();
        if (released > 0) {
            log.warn("{} e-mail(s) claimed by a node that stopped mid-send are due again", released);
        }
    }

    /** Microseconds, as the database keeps them: a rounded-up stored time would not be due at the same instant. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static String describe(Throwable e) {
        StringBuilder text = new StringBuilder(e.getClass().getSimpleName());
        if (e.getMessage() != null) {
            text.append(": ").append(e.getMessage().replaceAll("\\s+", " ").strip());
        }
        return clip(text.toString(), ERROR_LENGTH);
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}

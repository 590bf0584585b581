package org.familyvoice.notifications;

import org.familyvoice.base.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The transactional outbox for e-mail. An e-mail is stored in the transaction that makes its news, so it exists
 * exactly when the news does; {@link OutboxSender} sends it later, outside any request. Without an SMTP server
 * ({@code spring.mail.host}) e-mails are stored as "not configured": nothing fails, and administrators see what
 * would have been sent.
 */
@Service
public class EmailOutbox {

    static final int SUBJECT_LENGTH = 200;
    static final int BODY_LENGTH = 4000;

    private final JdbcClient jdbc;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final Clock clock;

    EmailOutbox(JdbcClient jdbc, ObjectProvider<JavaMailSender> mailSender, Clock clock) {
        this.jdbc = jdbc;
        this.mailSender = mailSender;
        this.clock = clock;
    }

    /** Whether an SMTP server is configured on this node: the outbox page's concern, so administrators only. */
    @PreAuthorize("hasRole('ADMIN')")
    public boolean configured() {
        return mailSender.getIfAvailable() != null;
    }

    /** Stores a plain-text e-mail to send; joins the caller's transaction, so it rolls back with it. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueue(@Nullable UserId user, String to, String subject, String body) {
        if (subject.length() > SUBJECT_LENGTH || body.length() > BODY_LENGTH) {
            throw new IllegalArgumentException("e-mail too long for the outbox");
        }
        // microseconds, as the database keeps them, so the sender finds it due at once
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        jdbc.sql("""
                        insert into email_outbox (user_id, to_address, subject, body, status, attempts, created_at,
                                                  next_attempt_at)
                        values (:user, :to, :subject, :body, :status, 0, :now, :now)""")
                .param("user", user == null ? null : user.value())
                .param("to", to)
                .param("subject", subject)
                .param("body", body)
                .param("status", (configured() ? OutboxStatus.PENDING : OutboxStatus.NOT_CONFIGURED).name())
                .param("now", Timestamp.from(now))
                .update();
    }

    /** The newest e-mails first, a page at a time, addresses masked (administrators only). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<OutboxEmail> newest(int offset, int limit) {
        return jdbc.sql("""
                        select id, to_address, subject, status, attempts, created_at, sent_at, last_error
                        from email_outbox order by id desc limit :limit offset :offset""")
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, n) -> new OutboxEmail(rs.getLong("id"), OutboxEmail.mask(rs.getString("to_address")),
                        rs.getString("subject"), OutboxStatus.valueOf(rs.getString("status")), rs.getInt("attempts"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("sent_at") == null ? null : rs.getTimestamp("sent_at").toInstant(),
                        rs.getString("last_error")))
                .list();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public int count() {
        return jdbc.sql("select count(*) from email_outbox").query(Integer.class).single();
    }
}

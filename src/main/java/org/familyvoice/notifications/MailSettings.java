package org.familyvoice.notifications;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * E-mail through the outbox. The SMTP server itself is Spring Boot's {@code spring.mail.*}; without
 * {@code spring.mail.host} nothing is sent and the outbox shows what would have been.
 *
 * @param from          the sender address of every e-mail
 * @param poller        whether this node polls the outbox (tests turn it off and call the sender themselves)
 * @param pollInterval  the pause between two polls
 * @param batchSize     how many due e-mails one poll claims at most
 * @param maxAttempts   tries before an e-mail is marked failed
 * @param retryAfter    the pause after the first failed try; it doubles after every further failure
 * @param maxRetryAfter the longest pause between two tries
 * @param claimTimeout  after this, an e-mail claimed by a node that stopped mid-send is tried again
 */
@ConfigurationProperties("familyvoice.mail")
public record MailSettings(@DefaultValue("Family Voice <no-reply@familyvoice.invalid>") String from,
                           @DefaultValue("true") boolean poller,
                           @DefaultValue("15s") Duration pollInterval,
                           @DefaultValue("20") int batchSize,
                           @DefaultValue("6") int maxAttempts,
                           @DefaultValue("1m") Duration retryAfter,
                           @DefaultValue("1h") Duration maxRetryAfter,
                           @DefaultValue("10m") Duration claimTimeout) {

    public MailSettings {
        if (maxAttempts < 1 || batchSize < 1) {
            throw new IllegalArgumentException("familyvoice.mail.max-attempts and batch-size must be at least 1");
        }
    }

    /** The pause before the next try after {@code attempts} failed tries. */
    Duration backoff(int attempts) {
        Duration pause = retryAfter;
        for (int i = 1; i < attempts && pause.compareTo(maxRetryAfter) < 0; i++) {
            pause = pause.multipliedBy(2);
        }
        return pause.compareTo(maxRetryAfter) > 0 ? maxRetryAfter : pause;
    }
}

package org.familyvoice.notifications;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Polls the outbox on every node (off with {@code familyvoice.mail.poller=false}, as in tests, which call
 * {@link OutboxSender#sendDue()} themselves).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnBooleanProperty(name = "familyvoice.mail.poller", matchIfMissing = true)
class OutboxPoller {

    private static final Logger log = LoggerFactory.getLogger(OutboxPoller.class);

    private final OutboxSender sender;

    OutboxPoller(OutboxSender sender) {
        this.sender = sender;
    }

    @Scheduled(fixedDelayString = "${familyvoice.mail.poll-interval:15s}", initialDelayString = "${familyvoice.mail.poll-interval:15s}")
    void poll() {
        try {
            sender.sendDue();
        } catch (RuntimeException e) {
            // the database may be briefly away; the next poll tries again
            log.warn("Polling the e-mail outbox failed: {}", e.toString());
        }
    }
}

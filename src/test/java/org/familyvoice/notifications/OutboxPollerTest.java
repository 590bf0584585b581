package org.familyvoice.notifications;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.core.env.MapPropertySource;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The poller runs the sender again and again at the configured interval ("15s"-style), and survives its failures. */
class OutboxPollerTest {

    @Test
    void thePollerKeepsSendingAtTheConfiguredIntervalEvenAfterAFailure() throws InterruptedException {
        var polls = new CountDownLatch(3);
        var settings = new MailSettings("x@example.org", true, Duration.ofMillis(50), 20, 6, Duration.ofMinutes(1),
                Duration.ofHours(1), Duration.ofMinutes(10));
        var sender = new OutboxSender(null, null, settings, Clock.systemUTC()) {
            @Override
            public int sendDue() {
                polls.countDown();
                if (polls.getCount() == 2) {
                    throw new IllegalStateException("the database is away for a moment");
                }
                return 0;
            }
        };
        try (var ctx = new AnnotationConfigApplicationContext()) {
            ctx.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test",
                    Map.of("familyvoice.mail.poll-interval", "50ms")));
            ctx.registerBean(OutboxSender.class, () -> sender);
            ctx.register(OutboxPoller.class);
            ctx.refresh();
            assertThat(polls.await(5, TimeUnit.SECONDS)).isTrue();
        }
    }
}

package org.familyvoice.feedback;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * @param replyWithinWorkingDays how many working days someone who asked to be contacted waits at most
 * @param anonymousLimit         anonymous submissions allowed per client address per window
 * @param anonymousWindow        the window for {@code anonymousLimit}
 */
@ConfigurationProperties("familyvoice.feedback")
public record FeedbackSettings(@DefaultValue("10") int replyWithinWorkingDays,
                               @DefaultValue("5") int anonymousLimit,
                               @DefaultValue("1h") Duration anonymousWindow) {
    public FeedbackSettings {
        if (replyWithinWorkingDays < 1 || anonymousLimit < 1 || anonymousWindow.isNegative() || anonymousWindow.isZero()) {
            throw new IllegalArgumentException("familyvoice.feedback.* must be positive");
        }
    }
}

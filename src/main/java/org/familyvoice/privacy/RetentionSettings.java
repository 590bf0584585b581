package org.familyvoice.privacy;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.time.Period;

/**
 * How long the portal keeps things before the retention job anonymises or deletes them. Periods are written as
 * Spring periods: {@code 24m} is 24 months, {@code 30d} 30 days, {@code 2y} two years.
 *
 * @param enabled               false stops the schedule on this node (an administrator can still run it)
 * @param cron                  when the job runs (Spring cron, in {@code zone}); every node runs it, one at a time
 * @param zone                  the time zone of {@code cron}
 * @param feedbackIdentifiable  feedback forms lose their author, words and contact details this long after they were
 *                              given; ratings, source, team and date stay counted
 * @param meetingContent        a meeting's words (items, outcomes, actions, check comments, place, other people's
 *                              names) go this long after the meeting; the meeting, its rows and counts stay
 * @param notifications         in-app notifications are deleted this long after they were made
 * @param loginThrottle         failed sign-in counters are deleted this long after the last failure (unless blocked)
 * @param rateLimits            per-address counters are deleted this long after their window started
 * @param emails                sent, failed and unsent ("not configured") e-mails are deleted this long after queueing
 * @param batch                 rows handled per transaction
 * @param lockAtLeastFor        a scheduled run holds the lock at least this long, so a node whose clock is a little
 *                              behind does not start the same run again
 * @param lockAtMostFor         a lock held by a node that died is free again after this long
 */
@ConfigurationProperties("familyvoice.retention")
public record RetentionSettings(@DefaultValue("true") boolean enabled,
                                @DefaultValue("0 30 2 * * *") String cron,
                                @DefaultValue("Europe/London") String zone,
                                @DefaultValue("24m") Period feedbackIdentifiable,
                                @DefaultValue("36m") Period meetingContent,
                                @DefaultValue("6m") Period notifications,
                                @DefaultValue("30d") Period loginThrottle,
                                @DefaultValue("1d") Period rateLimits,
                                @DefaultValue("90d") Period emails,
                                @DefaultValue("200") int batch,
                                @DefaultValue("5m") Duration lockAtLeastFor,
                                @DefaultValue("1h") Duration lockAtMostFor) {
    public RetentionSettings {
        for (Period p : new Period[]{feedbackIdentifiable, meetingContent, notifications, loginThrottle, rateLimits,
                emails}) {
            if (p.isNegative() || p.isZero()) {
                throw new IllegalArgumentException("familyvoice.retention: every period must be positive");
            }
        }
        if (batch < 1 || lockAtMostFor.compareTo(lockAtLeastFor) < 0) {
            throw new IllegalArgumentException("familyvoice.retention: batch >= 1 and lock-at-most-for >= lock-at-least-for");
        }
    }
}

package org.familyvoice.privacy;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** One run of the retention job, as the administrators' page shows it. */
public record RetentionRun(long id, Instant startedAt, @Nullable Instant finishedAt, String node, String trigger,
                           String status, int feedbackAnonymised, int meetingsAnonymised, int notificationsDeleted,
                           int throttlesDeleted, int rateLimitsDeleted, int emailsDeleted, @Nullable String error) {

    /** Everything this run changed; 0 when there was nothing due. */
    public int total() {
        return feedbackAnonymised + meetingsAnonymised + notificationsDeleted + throttlesDeleted + rateLimitsDeleted
                + emailsDeleted;
    }

    public String summary() {
        return "feedback " + feedbackAnonymised + ", meetings " + meetingsAnonymised + ", notifications "
                + notificationsDeleted + ", sign-in counters " + throttlesDeleted + ", rate limits " + rateLimitsDeleted
                + ", e-mails " + emailsDeleted;
    }
}

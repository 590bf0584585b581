package org.familyvoice.notifications;

/** Where an e-mail in the outbox is. */
public enum OutboxStatus {
    /** waiting for its (next) try */
    PENDING,
    /** claimed by one node, being sent now */
    SENDING,
    SENT,
    /** given up after the configured number of tries */
    FAILED,
    /** no SMTP server is configured: kept to show what would have been sent, never sent */
    NOT_CONFIGURED
}

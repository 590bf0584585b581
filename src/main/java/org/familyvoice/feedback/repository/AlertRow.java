package org.familyvoice.feedback.repository;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;

@Table("safeguarding_alert")
public record AlertRow(@Id @Nullable Long id, String source, @Nullable Long sourceId, @Nullable Long familyId,
                       @Nullable Long teamId, @Nullable Long authorUserId, @Nullable String authorLabel, String text,
                       String concerns, String signs, boolean urgent, Instant raisedAt, Instant dueAt, String status,
                       @Nullable Long acknowledgedBy, @Nullable Instant acknowledgedAt, @Nullable String actionTaken,
                       @Nullable Long closedBy, @Nullable Instant closedAt, @Version @Nullable Long version) {

    public AlertRow acknowledged(long by, Instant at) {
        return new AlertRow(id, source, sourceId, familyId, teamId, authorUserId, authorLabel, text, concerns, signs,
                urgent, raisedAt, dueAt, "ACKNOWLEDGED", by, at, actionTaken, closedBy, closedAt, version);
    }

    public AlertRow withAction(String action) {
        return new AlertRow(id, source, sourceId, familyId, teamId, authorUserId, authorLabel, text, concerns, signs,
                urgent, raisedAt, dueAt, status, acknowledgedBy, acknowledgedAt, action, closedBy, closedAt, version);
    }

    public AlertRow closed(long by, Instant at, String action) {
        long ackBy = acknowledgedBy == null ? by : acknowledgedBy;
        Instant ackAt = acknowledgedAt == null ? at : acknowledgedAt;
        return new AlertRow(id, source, sourceId, familyId, teamId, authorUserId, authorLabel, text, concerns, signs,
                urgent, raisedAt, dueAt, "CLOSED", ackBy, ackAt, action, by, at, version);
    }
}

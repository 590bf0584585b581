package org.familyvoice.base.audit;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of the audit trail: who did what to which thing, whose family's data it concerned (when it
 * concerned one), when, and from where.
 */
public record AuditEvent(long id, Instant occurredAt, @Nullable String actor, AuditAction action,
                         @Nullable String target, @Nullable String details, @Nullable String clientAddress,
                         @Nullable Long familyId) {
    public AuditEvent {
        Objects.requireNonNull(occurredAt);
        Objects.requireNonNull(action);
    }
}

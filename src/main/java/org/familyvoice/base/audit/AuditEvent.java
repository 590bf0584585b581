package org.familyvoice.base.audit;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.Objects;

/** One line of the audit trail: who did what to which thing, when, and from where. */
public record AuditEvent(long id, Instant occurredAt, @Nullable String actor, AuditAction action,
                         @Nullable String target, @Nullable String details, @Nullable String clientAddress) {
    public AuditEvent {
        Objects.requireNonNull(occurredAt);
        Objects.requireNonNull(action);
    }
}

package org.familyvoice.base.audit;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * What an administrator looks for in the audit trail; every part is optional.
 *
 * @param person    a username: events done by that person, or done to their account ({@code user:name})
 * @param familyId  events that concern that family's data
 * @param action    one kind of event
 * @param from      events at or after this instant
 * @param until     events before this instant
 */
public record AuditFilter(@Nullable String person, @Nullable Long familyId, @Nullable AuditAction action,
                          @Nullable Instant from, @Nullable Instant until) {

    public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null);

    public AuditFilter {
        person = person == null || person.isBlank() ? null : person.strip().toLowerCase(java.util.Locale.ROOT);
    }
}

package org.familyvoice.privacy;

import org.jspecify.annotations.Nullable;

import java.util.Map;

/**
 * What one erasure did, by id only (the person's names are gone by the time anyone reads this).
 *
 * @param userId          the erased account, now the tombstone {@code erased-<id>}, or null for a member without one
 * @param memberId        the erased family member record, or null for a member of staff
 * @param familyId        their family, or null for a member of staff
 * @param changes         rows changed or deleted, by what was done (e.g. {@code feedback anonymised})
 * @param olderAuditRows  audit rows written before V13 that still name the account's old username (append-only,
 *                        so left as they are; docs/security/retention-and-erasure.md says what to do)
 */
public record ErasureReport(@Nullable Long userId, @Nullable Long memberId, @Nullable Long familyId,
                            Map<String, Integer> changes, int olderAuditRows) {
    public ErasureReport {
        changes = Map.copyOf(changes);
    }

    /** The summary written to the audit trail: ids and counts, never a name. */
    public String summary() {
        var parts = new java.util.ArrayList<String>();
        if (memberId != null) {
            parts.add("member:" + memberId);
        }
        changes.entrySet().stream().filter(e -> e.getValue() > 0).sorted(Map.Entry.comparingByKey())
                .forEach(e -> parts.add(e.getKey() + " " + e.getValue()));
        if (olderAuditRows > 0) {
            parts.add("older audit rows naming the username " + olderAuditRows);
        }
        return String.join(", ", parts);
    }
}

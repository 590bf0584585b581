package org.familyvoice.privacy;

import org.jspecify.annotations.Nullable;

/**
 * The account an administrator is about to erase, shown for confirmation.
 *
 * @param familyCase the family's case reference for a family account, null for staff
 */
public record ErasureCandidate(long userId, String username, String displayName, String role,
                               @Nullable String familyCase, boolean erased) {
}

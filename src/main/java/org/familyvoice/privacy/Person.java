package org.familyvoice.privacy;

import org.jspecify.annotations.Nullable;

/**
 * A person found for a subject access export.
 *
 * @param role       the account's role, or for a member without an account their member type
 * @param familyName the family they belong to, if any
 */
public record Person(PersonRef ref, String name, @Nullable String username, String role, @Nullable String familyName) {
}

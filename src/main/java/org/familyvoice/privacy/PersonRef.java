package org.familyvoice.privacy;

import org.jspecify.annotations.Nullable;

/**
 * One person a subject access export is for: an account (staff or family), a family member without an account, or
 * both when the member has an account. The service looks the person up again from these ids; nothing else is trusted.
 */
public record PersonRef(@Nullable Long userId, @Nullable Long memberId) implements java.io.Serializable {

    public PersonRef {
        if (userId == null && memberId == null) {
            throw new IllegalArgumentException("an account or a family member");
        }
    }
}

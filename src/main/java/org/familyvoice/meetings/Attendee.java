package org.familyvoice.meetings;

import org.familyvoice.families.MemberId;
import org.jspecify.annotations.Nullable;

/**
 * Someone invited to a meeting: a family member with an account ({@code memberId} set, {@code role} is their
 * relationship in the family) or someone else by name and role.
 */
public record Attendee(@Nullable MemberId memberId, String name, String role) {

    public boolean familyMember() {
        return memberId != null;
    }
}

package org.familyvoice.accounts;

import org.familyvoice.base.Roles;
import org.familyvoice.base.TeamId;
import org.familyvoice.base.UserId;
import org.jspecify.annotations.Nullable;

/** A member of staff as the administrator sees them. */
public record StaffAccount(UserId id, String username, String displayName, String role, @Nullable TeamId teamId,
                           @Nullable String teamName, boolean active, boolean onDuty) {
    public StaffAccount {
        if (!Roles.STAFF.contains(role)) {
            throw new IllegalArgumentException("not a staff role: " + role);
        }
    }
}

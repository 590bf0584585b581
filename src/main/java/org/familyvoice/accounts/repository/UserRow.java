package org.familyvoice.accounts.repository;

import org.familyvoice.base.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;

/** A row of {@code app_user}: staff and family accounts alike. */
@Table("app_user")
public record UserRow(@Id @Nullable Long id, String username, String displayName, String passwordHash, String role,
                      @Nullable Long teamId, @Nullable Long familyId, @Nullable Long familyMemberId, boolean active,
                      boolean mustChangePassword, Instant createdAt, boolean onDuty,
                      @Version @Nullable Long version) {

    public UserRow withPasswordHash(String hash, boolean mustChange) {
        return new UserRow(id, username, displayName, hash, role, teamId, familyId, familyMemberId, active,
                mustChange, createdAt, onDuty, version);
    }

    public UserRow withActive(boolean newActive) {
        return new UserRow(id, username, displayName, passwordHash, role, teamId, familyId, familyMemberId, newActive,
                mustChangePassword, createdAt, onDuty, version);
    }

    public UserRow withRoleAndTeam(String newRole, @Nullable Long newTeamId) {
        return new UserRow(id, username, displayName, passwordHash, newRole, newTeamId, familyId, familyMemberId,
                active, mustChangePassword, createdAt, onDuty && Roles.PRACTITIONER.equals(newRole), version);
    }

    public UserRow withOnDuty(boolean duty) {
        return new UserRow(id, username, displayName, passwordHash, role, teamId, familyId, familyMemberId, active,
                mustChangePassword, createdAt, duty, version);
    }
}

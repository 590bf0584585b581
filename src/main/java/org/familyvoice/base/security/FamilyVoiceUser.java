package org.familyvoice.base.security;

import org.familyvoice.base.FamilyId;
import org.familyvoice.base.Roles;
import org.familyvoice.base.TeamId;
import org.familyvoice.base.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The signed-in person as the portal knows them: who, in which role, and which team or family they
 * belong to. Services decide access from this, never from anything the browser sends.
 */
public final class FamilyVoiceUser implements UserDetails, CredentialsContainer {

    private final UserId id;
    private final String username;
    private final String displayName;
    private final String role;
    private final @Nullable TeamId teamId;
    private final @Nullable FamilyId familyId;
    private final boolean active;
    private final boolean mustChangePassword;
    private final boolean onDuty;
    private @Nullable String passwordHash;

    public FamilyVoiceUser(UserId id, String username, String displayName, String role, @Nullable TeamId teamId,
                           @Nullable FamilyId familyId, boolean active, boolean mustChangePassword,
                           @Nullable String passwordHash) {
        this(id, username, displayName, role, teamId, familyId, active, mustChangePassword, false, passwordHash);
    }

    public FamilyVoiceUser(UserId id, String username, String displayName, String role, @Nullable TeamId teamId,
                           @Nullable FamilyId familyId, boolean active, boolean mustChangePassword, boolean onDuty,
                           @Nullable String passwordHash) {
        if (!Roles.isKnown(role)) {
            throw new IllegalArgumentException("unknown role " + role);
        }
        if (Roles.isFamilyRole(role) && familyId == null) {
            throw new IllegalArgumentException("a family member needs a family");
        }
        this.id = Objects.requireNonNull(id);
        this.username = Objects.requireNonNull(username);
        this.displayName = Objects.requireNonNull(displayName);
        this.role = role;
        this.teamId = teamId;
        this.familyId = familyId;
        this.active = active;
        this.mustChangePassword = mustChangePassword;
        this.onDuty = onDuty && Roles.PRACTITIONER.equals(role);
        this.passwordHash = passwordHash;
    }

    public UserId id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public String role() {
        return role;
    }

    public boolean hasRole(String r) {
        return role.equals(r);
    }

    public @Nullable TeamId teamId() {
        return teamId;
    }

    public @Nullable FamilyId familyId() {
        return familyId;
    }

    /** A practitioner on the duty rota, who works the safeguarding queue. */
    public boolean onDuty() {
        return onDuty;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    /** The same person after choosing their own password. */
    public FamilyVoiceUser withPasswordChanged() {
        return new FamilyVoiceUser(id, username, displayName, role, teamId, familyId, active, false, onDuty, null);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return onDuty ? List.of(new SimpleGrantedAuthority("ROLE_" + role), new SimpleGrantedAuthority("ROLE_" + Roles.DUTY))
                : List.of(new SimpleGrantedAuthority("ROLE_" + role));
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return active;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FamilyVoiceUser other && other.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "FamilyVoiceUser[" + username + ", " + role + "]";
    }
}

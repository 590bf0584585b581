package org.familyvoice.base.security;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import java.util.List;
import java.util.Objects;

/**
 * A member of staff who has given the right password but not yet the second step (a code from their authenticator
 * app, or a recovery code), or who must first set one up. Deliberately <em>not authenticated</em> and without any
 * role: the filter chain, Vaadin's navigation checks and every {@code @PreAuthorize} therefore treat them as signed
 * out, except for the two-step page ({@link #AUTHORITY}). See docs/security/mfa.md.
 */
public final class SecondFactorPending extends AbstractAuthenticationToken {

    /** The authority held only while the second step is pending; the two-step page's service methods ask for it. */
    public static final String AUTHORITY = "MFA_PENDING";
    /** The authority, in Spring Security's naming of factors, that a passed authenticator code adds. */
    public static final String TOTP_FACTOR = "FACTOR_TOTP";

    /** What the person must do next. */
    public enum Step {
        /** Type a code from the app they enrolled (or a recovery code). */
        VERIFY,
        /** Managers and administrators without an app: set one up before anything else. */
        ENROL
    }

    private final FamilyVoiceUser user;
    private final Step step;

    public SecondFactorPending(FamilyVoiceUser user, Step step) {
        super(List.of(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY),
                new SimpleGrantedAuthority(AUTHORITY)));
        this.user = Objects.requireNonNull(user);
        this.step = Objects.requireNonNull(step);
        super.setAuthenticated(false);
    }

    public Step step() {
        return step;
    }

    public FamilyVoiceUser user() {
        return user;
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public FamilyVoiceUser getPrincipal() {
        return user;
    }

    @Override
    public void setAuthenticated(boolean authenticated) {
        if (authenticated) {
            throw new IllegalArgumentException("a pending second step is never authenticated");
        }
        super.setAuthenticated(false);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SecondFactorPending other && other.user.equals(user) && other.step == step;
    }

    @Override
    public int hashCode() {
        return Objects.hash(user, step);
    }
}

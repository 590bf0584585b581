package org.familyvoice.base.security;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * The one place that knows who is calling. Services ask it; views get it injected. Vaadin keeps the
 * security context for UI requests and push, so this works in both.
 */
@Component
public class CurrentUser {

    public Optional<FamilyVoiceUser> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof FamilyVoiceUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    /**
     * After the signed-in person has chosen their own password: clears the "must change password" mark
     * on the session's principal, so they can carry on without signing in again.
     */
    public void passwordChanged() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof FamilyVoiceUser user && user.mustChangePassword()) {
            var updated = user.withPasswordChanged();
            // the roles as the account now has them, and the factors already passed in this sign-in (kept)
            var authorities = new java.util.ArrayList<org.springframework.security.core.GrantedAuthority>(
                    updated.getAuthorities());
            auth.getAuthorities().stream()
                    .filter(a -> a instanceof org.springframework.security.core.authority.FactorGrantedAuthority)
                    .forEach(authorities::add);
            var token = UsernamePasswordAuthenticationToken.authenticated(updated, null, authorities);
            token.setDetails(auth.getDetails());
            SecurityContextHolder.getContext().setAuthentication(token);
        }
    }

    /**
     * The member of staff whose password was right but whose second step is still to come (or whose authenticator
     * is still to be set up); empty once they are fully signed in, or for anyone else.
     */
    public Optional<SecondFactorPending> pendingSecondFactor() {
        return SecurityContextHolder.getContext().getAuthentication() instanceof SecondFactorPending pending
                ? Optional.of(pending) : Optional.empty();
    }

    /**
     * Completes a sign-in that was waiting for the second step: the session's principal gets its roles, and the
     * factors passed are kept as authorities ({@code FACTOR_PASSWORD}, {@code FACTOR_TOTP}). Called by the
     * two-step service only after it has checked the code.
     */
    public FamilyVoiceUser secondFactorPassed(SecondFactorPending pending, java.time.Instant at) {
        var current = pendingSecondFactor().orElseThrow(() -> new AccessDeniedException("no second step pending"));
        if (!current.equals(pending)) {
            throw new AccessDeniedException("a different sign-in is pending");
        }
        FamilyVoiceUser user = current.user();
        var authorities = new java.util.ArrayList<org.springframework.security.core.GrantedAuthority>(user.getAuthorities());
        authorities.add(org.springframework.security.core.authority.FactorGrantedAuthority
                .withAuthority(org.springframework.security.core.authority.FactorGrantedAuthority.PASSWORD_AUTHORITY)
                .issuedAt(at).build());
        authorities.add(org.springframework.security.core.authority.FactorGrantedAuthority
                .withAuthority(SecondFactorPending.TOTP_FACTOR).issuedAt(at).build());
        var token = UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
        token.setDetails(current.getDetails());
        var context = SecurityContextHolder.getContext();
        context.setAuthentication(token);
        // kept in the session explicitly (Spring Security saves a context only at sign-in). The session id is not
        // changed here: changing it inside this Vaadin request left the next sign-in after a sign-out bounced back to
        // the sign-in page now and then (MfaJourneyIT, ContributionsJourneyIT in CI, 2026-12-04); the id was already
        // renewed at the password step, and a half-signed-in session reaches nothing (docs/security/mfa.md).
        if (org.springframework.web.context.request.RequestContextHolder.getRequestAttributes()
                instanceof org.springframework.web.context.request.ServletRequestAttributes attrs) {
            var session = attrs.getRequest().getSession(false);
            if (session != null) {
                session.setAttribute(org.springframework.security.web.context.HttpSessionSecurityContextRepository
                        .SPRING_SECURITY_CONTEXT_KEY, context);
            }
        }
        return user;
    }

    /** The caller, or {@link AccessDeniedException} when nobody is signed in. */
    public FamilyVoiceUser require() {
        return get().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }
}

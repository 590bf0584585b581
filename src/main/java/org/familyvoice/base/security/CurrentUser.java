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
            var token = UsernamePasswordAuthenticationToken.authenticated(updated, null, updated.getAuthorities());
            token.setDetails(auth.getDetails());
            SecurityContextHolder.getContext().setAuthentication(token);
        }
    }

    /** The caller, or {@link AccessDeniedException} when nobody is signed in. */
    public FamilyVoiceUser require() {
        return get().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }
}

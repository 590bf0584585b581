package org.familyvoice.accounts;

import org.familyvoice.base.audit.AuditAction;
import org.familyvoice.base.audit.AuditLog;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Username and password sign-in with throttling in front: a blocked name or address is refused before
 * the password is even checked, and every failure counts. A disabled account reads like a wrong
 * password, so nobody learns which accounts exist. A right password from staff who use two-step sign-in leads
 * to the second step ({@link MfaService#afterPassword}), not straight in.
 */
@Component
class ThrottlingAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider delegate;
    private final LoginThrottle throttle;
    private final AuditLog audit;
    private final MfaService mfa;

    ThrottlingAuthenticationProvider(AccountUserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle,
                                     AuditLog audit, MfaService mfa) {
        this.mfa = mfa;
        this.delegate = new DaoAuthenticationProvider(users);
        this.delegate.setPasswordEncoder(encoder);
        this.delegate.setHideUserNotFoundExceptions(true);
        this.throttle = throttle;
        this.audit = audit;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String name = String.valueOf(authentication.getName());
        String userKey = LoginThrottle.userKey(name);
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        String addressKey = LoginThrottle.addressKey(address);
        if (throttle.blockedUntil(addressKey).isPresent() || throttle.blockedUntil(userKey).isPresent()) {
            audit.recordSecurityEvent(clip(name), AuditAction.LOGIN_THROTTLED, userKey, null);
            throw new LoginThrottledException();
        }
        try {
            Authentication result = delegate.authenticate(authentication);
            throttle.succeeded(userKey);
            // staff with an authenticator app (and managers and administrators without one) are not signed in yet
            return mfa.afterPassword(result);
        } catch (DisabledException e) {
            throttle.userFailed(userKey, clip(name));
            throttle.addressFailed(addressKey);
            throw new BadCredentialsException("bad credentials");
        } catch (AuthenticationException e) {
            throttle.userFailed(userKey, clip(name));
            throttle.addressFailed(addressKey);
            throw e;
        }
    }

    private static String clip(String name) {
        return name.length() > 60 ? name.substring(0, 60) : name;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}

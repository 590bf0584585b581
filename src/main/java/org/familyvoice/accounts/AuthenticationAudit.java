package org.familyvoice.accounts;

import org.familyvoice.base.audit.AuditAction;
import org.familyvoice.base.audit.AuditLog;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;

/** Writes sign-ins, failures and sign-outs to the audit trail. */
@Component
class AuthenticationAudit {

    private final AuditLog audit;

    AuthenticationAudit(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        audit.recordSecurityEvent(event.getAuthentication().getName(), AuditAction.LOGIN_SUCCEEDED, null, null);
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        if (event.getException() instanceof LoginThrottledException) {
            return; // already recorded as LOGIN_THROTTLED
        }
        String name = String.valueOf(event.getAuthentication().getName());
        audit.recordSecurityEvent(name.length() > 60 ? name.substring(0, 60) : name, AuditAction.LOGIN_FAILED, null,
                event.getException().getClass().getSimpleName());
    }

    @EventListener
    void onLogout(LogoutSuccessEvent event) {
        audit.recordSecurityEvent(event.getAuthentication().getName(), AuditAction.LOGOUT, null, null);
    }
}

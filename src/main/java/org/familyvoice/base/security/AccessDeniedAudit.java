package org.familyvoice.base.security;

import org.familyvoice.base.audit.AuditAction;
import org.familyvoice.base.audit.AuditLog;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import jakarta.servlet.http.HttpServletRequest;
import org.aopalliance.intercept.MethodInvocation;

/**
 * Writes refusals of signed-in people by method security (a role calling a service it may not use) to the
 * audit trail. Anonymous visitors being sent to the login page are not recorded: that is not a denial.
 */
@Configuration
class AccessDeniedAudit {

    private final AuditLog audit;

    AccessDeniedAudit(AuditLog audit) {
        this.audit = audit;
    }

    @Bean
    static AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher publisher) {
        return new SpringAuthorizationEventPublisher(publisher);
    }

    @EventListener
    void onDenied(AuthorizationDeniedEvent<?> event) {
        Authentication who = event.getAuthentication().get();
        if (who == null || who instanceof AnonymousAuthenticationToken || !who.isAuthenticated()) {
            return;
        }
        if (event.getObject() instanceof MethodInvocation invocation) {
            audit.recordSecurityEvent(who.getName(), AuditAction.ACCESS_DENIED,
                    invocation.getMethod().getDeclaringClass().getSimpleName() + "." + invocation.getMethod().getName(),
                    "role not allowed");
        } else {
            // The web layer refuses an address that is no page this person may open, which includes addresses that
            // are no page at all (a mistyped or saved link): it cannot tell the two apart, so it says both.
            String target = event.getObject() instanceof HttpServletRequest request ? request.getRequestURI()
                    : String.valueOf(event.getObject());
            audit.recordSecurityEvent(who.getName(), AuditAction.ACCESS_DENIED, target,
                    "no page open to this person at this address (or no such page)");
        }
    }
}

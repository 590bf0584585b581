package org.familyvoice.base.security;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Ends the sessions of an account once the change that requires it has been committed. */
@Component
class SessionTerminator {

    private final SessionRegistry sessions;

    SessionTerminator(SessionRegistry sessions) {
        this.sessions = sessions;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(AccountSessionsEnded event) {
        sessions.getAllPrincipals().stream()
                .filter(p -> p instanceof FamilyVoiceUser user && user.id().equals(event.userId()))
                .flatMap(p -> sessions.getAllSessions(p, false).stream())
                .forEach(SessionInformation::expireNow);
    }
}

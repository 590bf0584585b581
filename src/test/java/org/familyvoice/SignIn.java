package org.familyvoice;

import org.familyvoice.base.security.FamilyVoiceUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** Puts a real account from the database into the security context, as a completed sign-in would. */
@Component
public class SignIn {

    /** Demo accounts, one or more per role, in two teams and four families. */
    public static final String ADMIN = "admin";
    public static final String MANAGER_NORTH = "manager.north";
    public static final String MANAGER_SOUTH = "manager.south";
    public static final String PRACTITIONER_NORTH = "practitioner.north";
    public static final String PRACTITIONER_NORTH_2 = "practitioner.north2";
    public static final String PRACTITIONER_SOUTH = "practitioner.south";
    public static final String PARENT_HARPER = "parent.harper";
    public static final String YOUNG_HARPER = "young.harper";
    public static final String PARENT_NOVAK = "parent.novak";
    public static final String PARENT_ADEYEMI = "parent.adeyemi";
    public static final String PASSWORD = "demo-voices-2026";

    private final UserDetailsService users;
    private final ObjectProvider<SecurityContextHolderStrategy> strategy;

    SignIn(UserDetailsService users, ObjectProvider<SecurityContextHolderStrategy> strategy) {
        this.users = users;
        this.strategy = strategy;
    }

    public FamilyVoiceUser as(String username) {
        // Vaadin installs its own holder strategy (a thread-local per application context) as the global one, so
        // with a second test context (e.g. one with an SMTP server) the global holder may be the other context's:
        // point it at this context's before signing in, so method security here sees who signed in.
        strategy.ifAvailable(SecurityContextHolder::setContextHolderStrategy);
        var user = (FamilyVoiceUser) users.loadUserByUsername(username);
        var auth = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(auth);
        return user;
    }

    public static void out() {
        SecurityContextHolder.clearContext();
    }
}

package org.familyvoice.accounts;

import org.familyvoice.accounts.repository.UserRepository;
import org.familyvoice.accounts.repository.UserRow;
import org.familyvoice.base.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * A fresh production database has no accounts. When {@code FAMILYVOICE_ADMIN_PASSWORD} is set and no
 * account exists yet, this makes the first administrator ({@code FAMILYVOICE_ADMIN_USERNAME}, default
 * "admin"), who must choose a new password at first sign-in.
 */
@Component
class InitialAdmin {

    private static final Logger log = LoggerFactory.getLogger(InitialAdmin.class);

    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final Clock clock;
    private final String username;
    private final String password;

    InitialAdmin(UserRepository users, PasswordEncoder encoder, PasswordPolicy policy, Clock clock,
                 @Value("${familyvoice.initial-admin.username:admin}") String username,
                 @Value("${familyvoice.initial-admin.password:}") String password) {
        this.users = users;
        this.encoder = encoder;
        this.policy = policy;
        this.clock = clock;
        this.username = username;
        this.password = password;
    }

    @EventListener(ApplicationReadyEvent.class)
    void createIfNeeded() {
        if (password.isBlank() || users.count() > 0) {
            return;
        }
        String name = Usernames.normalise(username);
        var problem = policy.problem(password, name);
        if (problem.isPresent()) {
            log.error("FAMILYVOICE_ADMIN_PASSWORD is not acceptable ({}); no administrator was created", problem.get());
            return;
        }
        users.save(new UserRow(null, name, "Administrator", encoder.encode(password), Roles.ADMIN, null, null, null,
                true, true, clock.instant(), false, null));
        log.info("Created the first administrator account '{}'", name);
    }
}

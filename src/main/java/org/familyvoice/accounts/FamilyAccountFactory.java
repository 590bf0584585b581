package org.familyvoice.accounts;

import org.familyvoice.accounts.repository.UserRepository;
import org.familyvoice.accounts.repository.UserRow;
import org.familyvoice.base.FamilyId;
import org.familyvoice.base.Roles;
import org.familyvoice.base.UserFacingException;
import org.familyvoice.base.UserId;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Optional;

/**
 * Makes the account of a family member. Only the families feature calls this, inside the transaction
 * that redeems a valid invitation; the invitation is what authorises it.
 */
@Component
public class FamilyAccountFactory {

    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final Clock clock;

    FamilyAccountFactory(UserRepository users, PasswordEncoder encoder, PasswordPolicy policy, Clock clock) {
        this.users = users;
        this.encoder = encoder;
        this.policy = policy;
        this.clock = clock;
    }

    /** Checks username and password without creating anything; throws {@link UserFacingException}. */
    public String check(String rawUsername, String password) {
        String username = Usernames.normalise(rawUsername);
        Optional<String> problem = policy.problem(password, username);
        if (problem.isPresent()) {
            throw new UserFacingException(problem.get());
        }
        if (users.existsByUsername(username)) {
            throw new UserFacingException("username.error.taken");
        }
        return username;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public UserId create(String rawUsername, String password, String displayName, String role, FamilyId familyId,
                         long familyMemberId) {
        if (!Roles.isFamilyRole(role)) {
            throw new IllegalArgumentException("not a family role: " + role);
        }
        String username = check(rawUsername, password);
        UserRow saved = users.save(new UserRow(null, username, displayName, encoder.encode(password), role, null,
                familyId.value(), familyMemberId, true, false, clock.instant(), null));
        return new UserId(saved.id());
    }
}

package org.familyvoice.accounts;

import org.familyvoice.accounts.repository.UserRepository;
import org.familyvoice.accounts.repository.UserRow;
import org.familyvoice.base.FamilyId;
import org.familyvoice.base.Roles;
import org.familyvoice.base.UserFacingException;
import org.familyvoice.base.UserId;
import org.familyvoice.base.security.AccountSessionsEnded;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Optional;

/**
 * Makes and resets the accounts of family members. Only the families feature calls this: inside the
 * transaction that redeems a valid invitation, or after it has checked that the caller may change the
 * family; the invitation or that check is what authorises it.
 */
@Component
public class FamilyAccountFactory {

    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    FamilyAccountFactory(UserRepository users, PasswordEncoder encoder, PasswordPolicy policy, Clock clock,
                         ApplicationEventPublisher events) {
        this.events = events;
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

    /**
     * Gives a family member's account a one-time password they must change at their next sign-in, and ends
     * their sessions. Refuses accounts that are not of that family.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public AccountService.TemporaryCredentials resetPassword(UserId userId, FamilyId familyId) {
        UserRow row = users.findById(userId.value())
                .filter(r -> Roles.isFamilyRole(r.role()) && Long.valueOf(familyId.value()).equals(r.familyId()))
                .orElseThrow(() -> new IllegalArgumentException("not an account of family " + familyId));
        String temporary = TemporaryPasswords.generate();
        users.save(row.withPasswordHash(encoder.encode(temporary), true));
        events.publishEvent(new AccountSessionsEnded(userId));
        return new AccountService.TemporaryCredentials(userId, row.username(), temporary);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public UserId create(String rawUsername, String password, String displayName, String role, FamilyId familyId,
                         long familyMemberId) {
        if (!Roles.isFamilyRole(role)) {
            throw new IllegalArgumentException("not a family role: " + role);
        }
        String username = check(rawUsername, password);
        UserRow saved = users.save(new UserRow(null, username, displayName, encoder.encode(password), role, null,
                familyId.value(), familyMemberId, true, false, clock.instant(), false, null));
        return new UserId(saved.id());
    }
}

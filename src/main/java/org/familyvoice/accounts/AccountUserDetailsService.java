package org.familyvoice.accounts;

import org.familyvoice.accounts.repository.UserRepository;
import org.familyvoice.accounts.repository.UserRow;
import org.familyvoice.base.FamilyId;
import org.familyvoice.base.TeamId;
import org.familyvoice.base.UserId;
import org.familyvoice.base.security.FamilyVoiceUser;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

import java.util.Locale;

/** Loads accounts for Spring Security's sign-in. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final UserRepository users;

    AccountUserDetailsService(UserRepository users) {
        this.users = users;
    }

    @Override
    public FamilyVoiceUser loadUserByUsername(String username) {
        return users.findByUsername(username.strip().toLowerCase(Locale.ROOT))
                .map(AccountUserDetailsService::toPrincipal)
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
    }

    static FamilyVoiceUser toPrincipal(UserRow row) {
        return new FamilyVoiceUser(new UserId(row.id()), row.username(), row.displayName(), row.role(),
                row.teamId() == null ? null : new TeamId(row.teamId()),
                row.familyId() == null ? null : new FamilyId(row.familyId()),
                row.active(), row.mustChangePassword(), row.onDuty(), row.passwordHash());
    }
}

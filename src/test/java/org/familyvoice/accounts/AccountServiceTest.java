package org.familyvoice.accounts;

import org.familyvoice.IntegrationTest;
import org.familyvoice.Refusal;
import org.familyvoice.SignIn;
import org.familyvoice.base.Roles;
import org.familyvoice.base.TeamId;
import org.familyvoice.base.security.FamilyVoiceUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class AccountServiceTest {

    @Autowired AccountService accounts;
    @Autowired SignIn signIn;
    @Autowired ThrottlingAuthenticationProvider provider;
    @Autowired org.springframework.security.core.session.SessionRegistry sessions;

    private TeamId north;

    @BeforeEach
    void asAdmin() {
        signIn.as(SignIn.ADMIN);
        north = accounts.teams().stream().filter(t -> t.name().startsWith("North")).findFirst().orElseThrow().id();
    }

    @AfterEach
    void out() {
        SignIn.out();
    }

    private Authentication login(String username, String password) {
        var token = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        token.setDetails(new WebAuthenticationDetails("198.51.100." + (Math.abs(username.hashCode()) % 200), null));
        return provider.authenticate(token);
    }

    @Test
    void anAdministratorCreatesAStaffAccountThatSignsInWithItsTemporaryPasswordAndMustChangeIt() {
        String username = "new.worker" + System.nanoTime() % 100000;
        var created = accounts.createStaff("  " + username.toUpperCase() + " ", "Robin Ng", Roles.PRACTITIONER, north);
        assertThat(created.username()).isEqualTo(username);
        assertThat(created.temporaryPassword()).matches("[a-z2-9]{4}(-[a-z2-9]{4}){3}");

        var principal = (FamilyVoiceUser) login(username, created.temporaryPassword()).getPrincipal();
        assertThat(principal.role()).isEqualTo(Roles.PRACTITIONER);
        assertThat(principal.teamId()).isEqualTo(north);
        assertThat(principal.mustChangePassword()).isTrue();

        assertThat(accounts.findStaff(0, 500)).anySatisfy(s -> {
            assertThat(s.username()).isEqualTo(username);
            assertThat(s.teamName()).startsWith("North");
            assertThat(s.active()).isTrue();
        });
    }

    @Test
    void aDeactivatedAccountCannotSignInAndAReactivatedOneCan() {
        var created = accounts.createStaff("leaver" + System.nanoTime() % 100000, "Sam Leaver", Roles.MANAGER, north);
        accounts.setActive(created.userId(), false);
        assertThatThrownBy(() -> login(created.username(), created.temporaryPassword()))
                .isInstanceOf(BadCredentialsException.class);
        accounts.setActive(created.userId(), true);
        Authentication again = login(created.username(), created.temporaryPassword());
        assertThat(((FamilyVoiceUser) again.getPrincipal()).getUsername()).isEqualTo(created.username());
        // the password is accepted; a manager then goes on to set up two-step sign-in (MfaServiceTest)
        assertThat(again).isInstanceOf(org.familyvoice.base.security.SecondFactorPending.class);
    }

    @Test
    void deactivatingAnAccountEndsItsSessions() {
        var created = accounts.createStaff("session" + System.nanoTime() % 100000, "Kim Session", Roles.MANAGER, north);
        var principal = login(created.username(), created.temporaryPassword()).getPrincipal();
        sessions.registerNewSession("session-of-" + created.username(), principal);
        sessions.registerNewSession("other-session", login(SignIn.MANAGER_SOUTH, SignIn.PASSWORD).getPrincipal());

        accounts.setActive(created.userId(), false);

        assertThat(sessions.getSessionInformation("session-of-" + created.username()).isExpired()).isTrue();
        assertThat(sessions.getSessionInformation("other-session").isExpired()).isFalse();
    }

    @Test
    void resettingAPasswordReplacesTheOldOne() {
        var created = accounts.createStaff("resetme" + System.nanoTime() % 100000, "Reset Me", Roles.PRACTITIONER, north);
        var reset = accounts.resetPassword(created.userId());
        assertThat(reset.temporaryPassword()).isNotEqualTo(created.temporaryPassword());
        assertThatThrownBy(() -> login(created.username(), created.temporaryPassword()))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(login(created.username(), reset.temporaryPassword()).isAuthenticated()).isTrue();
    }

    @Test
    void badInputGetsAClearMessageAndCreatesNothing() {
        int before = accounts.countStaff();
        assertThat(Refusal.of(() -> accounts.createStaff("", "Name", Roles.PRACTITIONER, north)))
                .isEqualTo("username.error.empty");
        assertThat(Refusal.of(() -> accounts.createStaff("<script>", "Name", Roles.PRACTITIONER, north)))
                .isEqualTo("username.error.format");
        assertThat(Refusal.of(() -> accounts.createStaff("x".repeat(61), "Name", Roles.PRACTITIONER, north)))
                .isEqualTo("username.error.format");
        assertThat(Refusal.of(() -> accounts.createStaff(SignIn.MANAGER_NORTH, "Name", Roles.PRACTITIONER, north)))
                .isEqualTo("username.error.taken");
        assertThat(Refusal.of(() -> accounts.createStaff("valid.name1", "  ", Roles.PRACTITIONER, north)))
                .isEqualTo("accounts.error.name-required");
        assertThat(Refusal.of(() -> accounts.createStaff("valid.name2", "N".repeat(121), Roles.PRACTITIONER, north)))
                .isEqualTo("accounts.error.name-too-long");
        assertThat(Refusal.of(() -> accounts.createStaff("valid.name3", "Name", Roles.PRACTITIONER, null)))
                .isEqualTo("accounts.error.team-required");
        assertThat(Refusal.of(() -> accounts.createStaff("valid.name4", "Name", Roles.PARENT, north)))
                .isEqualTo("accounts.error.role");
        assertThat(accounts.countStaff()).isEqualTo(before);
    }

    @Test
    void anAdministratorCannotLockThemselvesOut() {
        var me = accounts.findStaff(0, 500).stream().filter(s -> s.username().equals(SignIn.ADMIN)).findFirst()
                .orElseThrow();
        assertThat(Refusal.of(() -> accounts.setActive(me.id(), false))).isEqualTo("accounts.error.not-yourself");
        assertThat(Refusal.of(() -> accounts.changeRoleAndTeam(me.id(), Roles.PRACTITIONER, north)))
                .isEqualTo("accounts.error.not-yourself");
    }

    @Test
    void everyoneChangesTheirOwnPasswordAndThePolicyApplies() {
        var created = accounts.createStaff("changer" + System.nanoTime() % 100000, "Pat Change", Roles.MANAGER, north);
        signIn.as(created.username());
        assertThat(Refusal.of(() -> accounts.changeOwnPassword("wrong", "a fine long password")))
                .isEqualTo("password.error.current-wrong");
        assertThat(Refusal.of(() -> accounts.changeOwnPassword(created.temporaryPassword(), "password1234")))
                .isEqualTo("password.error.common");
        assertThat(Refusal.of(() -> accounts.changeOwnPassword(created.temporaryPassword(), "short")))
                .isEqualTo("password.error.too-short");
        accounts.changeOwnPassword(created.temporaryPassword(), "a fine long password");
        var principal = (FamilyVoiceUser) login(created.username(), "a fine long password").getPrincipal();
        assertThat(principal.mustChangePassword()).isFalse();
    }

}

package org.familyvoice.accounts;

import org.familyvoice.IntegrationTest;
import org.familyvoice.SignIn;
import org.familyvoice.TestClock;
import org.familyvoice.base.Roles;
import org.familyvoice.base.TeamId;
import org.familyvoice.base.UserFacingException;
import org.familyvoice.base.UserId;
import org.familyvoice.base.security.CurrentUser;
import org.familyvoice.base.security.SecondFactorPending;
import org.familyvoice.demo.DemoKeys;
import org.familyvoice.families.FamilyService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Two-step sign-in through the real provider, service, database and audit trail. */
@IntegrationTest
class MfaServiceTest {

    @Autowired MfaService mfa;
    @Autowired AccountService accounts;
    @Autowired FamilyService families;
    @Autowired ThrottlingAuthenticationProvider provider;
    @Autowired CurrentUser currentUser;
    @Autowired SignIn signIn;
    @Autowired TestClock clock;
    @Autowired JdbcClient jdbc;
    @Autowired org.springframework.security.crypto.password.PasswordEncoder encoder;

    private TeamId north;

    @BeforeEach
    void setUp() {
        signIn.as(SignIn.ADMIN);
        north = accounts.teams().stream().filter(t -> t.name().startsWith("North")).findFirst().orElseThrow().id();
    }

    @AfterEach
    void out() {
        SignIn.out();
    }

    /** A new account of the role with a known password, created by the administrator. */
    private String newStaff(String role) {
        signIn.as(SignIn.ADMIN);
        String username = "mfa." + role.toLowerCase() + System.nanoTime() % 1_000_000;
        var created = accounts.createStaff(username, "Test " + role, role, Roles.ADMIN.equals(role) ? null : north);
        jdbc.sql("update app_user set password_hash = :h, must_change_password = false where username = :u")
                .param("h", encoder.encode(SignIn.PASSWORD)).param("u", username).update();
        SignIn.out();
        return created.username();
    }

    /** The password step, as the sign-in form does it; what it returns is put into the security context. */
    private Authentication password(String username) {
        var token = UsernamePasswordAuthenticationToken.unauthenticated(username, SignIn.PASSWORD);
        token.setDetails(new WebAuthenticationDetails("198.51.100.7", null));
        Authentication result = provider.authenticate(token);
        SecurityContextHolder.getContext().setAuthentication(result);
        return result;
    }

    /** Enrols the signed-in member of staff; returns the secret and the recovery codes. */
    private record Enrolled(String secret, List<String> codes) {
    }

    private Enrolled enrol() {
        var enrolment = mfa.startEnrolment();
        assertThat(enrolment.otpauthUri()).startsWith("otpauth://totp/Family%20Voice:")
                .contains("secret=" + enrolment.secret()).contains("digits=6").contains("period=30");
        var codes = mfa.confirmEnrolment(enrolment, Totp.code(enrolment.secret(), clock.instant()));
        return new Enrolled(enrolment.secret(), codes);
    }

    private int audited(String action, String username) {
        // the audit trail names accounts by id, never by username (erasure, docs/security/retention-and-erasure.md)
        long id = jdbc.sql("select id from app_user where username = :u").param("u", username).query(Long.class).single();
        return jdbc.sql("select count(*) from audit_event where action = :a and target = :t")
                .param("a", action).param("t", org.familyvoice.base.audit.AuditPseudonym.of(id))
                .query(Integer.class).single();
    }

    @Test
    void aPractitionerEnrolsAndThenSignsInWithACodeFromTheApp() {
        String username = newStaff(Roles.PRACTITIONER);
        assertThat(password(username)).as("no two-step yet: signed in as before")
                .isInstanceOf(UsernamePasswordAuthenticationToken.class);
        assertThat(mfa.isEnrolled()).isFalse();
        assertThat(mfa.isRequired()).isFalse();

        Enrolled enrolled = enrol();

        assertThat(enrolled.codes()).hasSize(MfaService.RECOVERY_CODES).doesNotHaveDuplicates()
                .allMatch(c -> c.matches("[2-9A-Z]{4}-[2-9A-Z]{4}"));
        assertThat(mfa.isEnrolled()).isTrue();
        assertThat(mfa.recoveryCodesLeft()).isEqualTo(10);
        assertThat(audited("MFA_ENROLLED", username)).isEqualTo(1);
        String stored = jdbc.sql("select secret from staff_mfa sm join app_user u on u.id = sm.user_id where username = :u")
                .param("u", username).query(String.class).single();
        assertThat(stored).as("the secret is not stored as given, unless marked plain").isIn(
                "plain:" + enrolled.secret()).doesNotStartWith(enrolled.secret());
        assertThat(jdbc.sql("select code_hash from staff_mfa_recovery_code rc join app_user u on u.id = rc.user_id "
                + "where username = :u").param("u", username).query(String.class).list())
                .as("recovery codes are kept only as hashes").noneMatch(enrolled.codes()::contains);

        SignIn.out();
        clock.advance(Duration.ofSeconds(30));
        Authentication afterPassword = password(username);
        assertThat(afterPassword).isInstanceOf(SecondFactorPending.class);
        assertThat(afterPassword.isAuthenticated()).isFalse();
        assertThat(afterPassword.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .as("no role before the second step").noneMatch(a -> a.startsWith("ROLE_"));
        assertThat(currentUser.get()).as("nobody is signed in yet").isEmpty();

        mfa.verify(Totp.code(enrolled.secret(), clock.instant()));

        Authentication now = SecurityContextHolder.getContext().getAuthentication();
        assertThat(now.isAuthenticated()).isTrue();
        assertThat(now.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .contains("ROLE_PRACTITIONER", "FACTOR_PASSWORD", "FACTOR_TOTP");
        assertThat(currentUser.require().getUsername()).isEqualTo(username);
        assertThat(audited("MFA_VERIFIED", username)).isEqualTo(1);
    }

    @Test
    void aWrongCodeIsRefusedCountedAndAuditedAndRepeatedWrongCodesAreThrottled() {
        String username = newStaff(Roles.PRACTITIONER);
        password(username);
        Enrolled enrolled = enrol();
        SignIn.out();
        password(username);
        String right = Totp.code(enrolled.secret(), clock.instant().plus(Duration.ofSeconds(30)));
        String wrong = right.equals("000000") ? "111111" : "000000";
        for (String bad : List.of(wrong, "", "12345", "<script>alert(1)</script>", "١٢٣٤٥٦", "😀😀😀")) {
            clock.advance(Duration.ofMinutes(20)); // past any slow-down, so each try is judged on its own
            assertThatThrownBy(() -> mfa.verify(bad)).isInstanceOf(UserFacingException.class)
                    .hasMessageContaining("mfa.error.wrong-code");
        }
        assertThat(currentUser.get()).isEmpty();
        assertThat(audited("MFA_FAILED", username)).isEqualTo(6);

        // three wrong in a row: then even the right code must wait
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> mfa.verify(wrong)).isInstanceOf(UserFacingException.class);
        }
        String current = Totp.code(enrolled.secret(), clock.instant());
        assertThatThrownBy(() -> mfa.verify(current)).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("mfa.error.throttled");
        assertThat(audited("MFA_THROTTLED", username)).isPositive();
        assertThat(currentUser.get()).isEmpty();
    }

    @Test
    void aCodeIsAcceptedOnceOnlyWithinItsWindowAndNeighbouringStepsAreAccepted() {
        String username = newStaff(Roles.PRACTITIONER);
        password(username);
        Enrolled enrolled = enrol();
        String enrolmentCode = Totp.code(enrolled.secret(), clock.instant());
        SignIn.out();

        password(username);
        assertThatThrownBy(() -> mfa.verify(enrolmentCode)).as("the code used to confirm set-up")
                .hasMessageContaining("mfa.error.code-used");

        // the phone's clock a step ahead is still fine
        String ahead = Totp.code(enrolled.secret(), clock.instant().plus(Duration.ofSeconds(30)));
        mfa.verify(ahead);
        assertThat(currentUser.get()).isPresent();
        SignIn.out();

        password(username);
        assertThatThrownBy(() -> mfa.verify(ahead)).as("the same code again, in its window")
                .hasMessageContaining("mfa.error.code-used");
        String old = Totp.code(enrolled.secret(), clock.instant().minus(Duration.ofSeconds(60)));
        assertThatThrownBy(() -> mfa.verify(old)).as("two steps old").isInstanceOf(UserFacingException.class);
        assertThat(currentUser.get()).isEmpty();
    }

    @Test
    void aRecoveryCodeSignsInOnceOnly() {
        String username = newStaff(Roles.PRACTITIONER);
        password(username);
        Enrolled enrolled = enrol();
        SignIn.out();

        password(username);
        mfa.verify(" " + enrolled.codes().get(3).toLowerCase().replace("-", " ") + " ");
        assertThat(currentUser.require().getUsername()).isEqualTo(username);
        assertThat(mfa.recoveryCodesLeft()).isEqualTo(9);
        assertThat(audited("MFA_RECOVERY_CODE_USED", username)).isEqualTo(1);
        SignIn.out();

        password(username);
        assertThatThrownBy(() -> mfa.verify(enrolled.codes().get(3))).hasMessageContaining("mfa.error.wrong-code");
        assertThat(currentUser.get()).isEmpty();
        mfa.verify(enrolled.codes().get(4));
        assertThat(currentUser.get()).isPresent();
    }

    @Test
    void aMemberOfStaffGetsNewRecoveryCodesWithACodeFromTheAppAndTheOldOnesStopWorking() {
        String username = newStaff(Roles.PRACTITIONER);
        password(username);
        Enrolled enrolled = enrol();

        assertThatThrownBy(() -> mfa.replaceRecoveryCodes("000000")).hasMessageContaining("mfa.error.wrong-code");
        assertThatThrownBy(() -> mfa.replaceRecoveryCodes(enrolled.codes().getFirst()))
                .as("a recovery code is not a code from the app").hasMessageContaining("mfa.error.wrong-code");
        assertThatThrownBy(() -> mfa.replaceRecoveryCodes(Totp.code(enrolled.secret(), clock.instant())))
                .as("the code used to set up is spent").hasMessageContaining("mfa.error.code-used");
        assertThat(audited("MFA_FAILED", username)).isEqualTo(3);
        assertThat(audited("MFA_RECOVERY_CODES_REPLACED", username)).isZero();
        assertThat(mfa.recoveryCodesLeft()).isEqualTo(10);

        clock.advance(Duration.ofSeconds(30));
        List<String> fresh = mfa.replaceRecoveryCodes(" " + Totp.code(enrolled.secret(), clock.instant()) + " ");
        assertThat(fresh).hasSize(MfaService.RECOVERY_CODES).doesNotHaveDuplicates().doesNotContainAnyElementsOf(
                enrolled.codes());
        assertThat(mfa.recoveryCodesLeft()).isEqualTo(10);
        assertThat(audited("MFA_RECOVERY_CODES_REPLACED", username)).isEqualTo(1);
        SignIn.out();

        password(username);
        assertThatThrownBy(() -> mfa.verify(enrolled.codes().get(5))).as("an old code")
                .hasMessageContaining("mfa.error.wrong-code");
        mfa.verify(fresh.get(5));
        assertThat(currentUser.require().getUsername()).isEqualTo(username);
    }

    @Test
    void aPractitionerMayTurnTwoStepOffWithACodeButAManagerMayNot() {
        String practitioner = newStaff(Roles.PRACTITIONER);
        password(practitioner);
        Enrolled enrolled = enrol();
        clock.advance(Duration.ofSeconds(30));
        assertThatThrownBy(() -> mfa.turnOff("")).hasMessageContaining("mfa.error.wrong-code");
        assertThat(mfa.isEnrolled()).isTrue();
        mfa.turnOff(Totp.code(enrolled.secret(), clock.instant()));
        assertThat(mfa.isEnrolled()).isFalse();
        assertThat(audited("MFA_TURNED_OFF", practitioner)).isEqualTo(1);
        long id = currentUser.require().id().value();
        assertThat(jdbc.sql("select count(*) from staff_mfa_recovery_code where user_id = :u").param("u", id)
                .query(Integer.class).single()).isZero();
        assertThatThrownBy(() -> mfa.replaceRecoveryCodes("123456")).hasMessageContaining("mfa.error.not-enrolled");
        SignIn.out();
        assertThat(password(practitioner)).as("the password alone signs in again")
                .isInstanceOf(UsernamePasswordAuthenticationToken.class);
        SignIn.out();

        String manager = newStaff(Roles.MANAGER);
        password(manager);
        Enrolled managers = enrol();
        clock.advance(Duration.ofSeconds(30));
        assertThatThrownBy(() -> mfa.turnOff(Totp.code(managers.secret(), clock.instant())))
                .hasMessageContaining("mfa.error.required");
        assertThat(mfa.isEnrolled()).isTrue();
        assertThat(audited("MFA_TURNED_OFF", manager)).isZero();
    }

    @Test
    void nobodyChangesTheirSecondStepHalfWayThroughSigningIn() {
        String username = newStaff(Roles.PRACTITIONER);
        password(username);
        Enrolled enrolled = enrol();
        SignIn.out();
        clock.advance(Duration.ofSeconds(30));
        assertThat(password(username)).isInstanceOf(SecondFactorPending.class);
        String code = Totp.code(enrolled.secret(), clock.instant());
        assertThatThrownBy(() -> mfa.replaceRecoveryCodes(code)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> mfa.turnOff(code)).isInstanceOf(AccessDeniedException.class);
        SignIn.out();
        assertThatThrownBy(() -> mfa.turnOff(code)).as("nobody signed in")
                .isInstanceOf(org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
        signIn.as(SignIn.PARENT_HARPER);
        assertThatThrownBy(() -> mfa.replaceRecoveryCodes(code)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void choosingTheirOwnPasswordAfterTheSecondStepKeepsTheFactorsPassed() {
        String username = newStaff(Roles.MANAGER);
        jdbc.sql("update app_user set must_change_password = true where username = :u").param("u", username).update();
        password(username);
        enrol();
        assertThat(currentUser.require().mustChangePassword()).isTrue();

        accounts.changeOwnPassword(SignIn.PASSWORD, "a quite different long password 2026");
        currentUser.passwordChanged();   // as the change-password page does

        assertThat(currentUser.require().mustChangePassword()).isFalse();
        assertThat(SecurityContextHolder.getContext().getAuthentication().getAuthorities())
                .extracting(GrantedAuthority::getAuthority).contains("ROLE_MANAGER", "FACTOR_PASSWORD", "FACTOR_TOTP");
    }

    @Test
    void aManagerWithoutAnAppMustSetOneUpAndReachesNothingElseUntilThen() {
        String username = newStaff(Roles.MANAGER);
        Authentication afterPassword = password(username);
        assertThat(afterPassword).isInstanceOfSatisfying(SecondFactorPending.class,
                p -> assertThat(p.step()).isEqualTo(SecondFactorPending.Step.ENROL));
        assertThat(mfa.isRequired()).isTrue();

        assertThatThrownBy(() -> accounts.teams()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.changeOwnPassword(SignIn.PASSWORD, "another long password 2026"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.staffNames(List.of(new UserId(1)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> mfa.verify("123456")).as("nothing to verify yet")
                .isInstanceOf(AccessDeniedException.class);

        enrol();

        assertThat(currentUser.require().getUsername()).isEqualTo(username);
        assertThat(SecurityContextHolder.getContext().getAuthentication().getAuthorities())
                .extracting(GrantedAuthority::getAuthority).contains("ROLE_MANAGER", "FACTOR_TOTP");
        assertThat(accounts.teams()).isNotEmpty();
    }

    @Test
    void theDemoManagersAndAdministratorUseThePublishedDemoKey() {
        for (String username : List.of(SignIn.ADMIN, SignIn.MANAGER_NORTH, SignIn.MANAGER_SOUTH)) {
            SignIn.out();
            assertThat(password(username)).isInstanceOfSatisfying(SecondFactorPending.class,
                    p -> assertThat(p.step()).isEqualTo(SecondFactorPending.Step.VERIFY));
            clock.advance(Duration.ofSeconds(30));
            mfa.verify(Totp.code(DemoKeys.MFA_SECRET, clock.instant()));
            assertThat(currentUser.require().getUsername()).isEqualTo(username);
        }
    }

    @Test
    void parentsAndYoungPeopleAreUnaffected() {
        for (String username : List.of(SignIn.PARENT_HARPER, SignIn.YOUNG_HARPER)) {
            assertThat(password(username)).isInstanceOf(UsernamePasswordAuthenticationToken.class)
                    .extracting(Authentication::isAuthenticated).isEqualTo(true);
            assertThatThrownBy(() -> mfa.startEnrolment()).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void anAdministratorResetsAStaffMembersTwoStepAndTheyMustSetItUpAgain() {
        String username = newStaff(Roles.MANAGER);
        password(username);
        enrol();
        UserId id = currentUser.require().id();
        SignIn.out();

        signIn.as(SignIn.ADMIN);
        assertThat(mfa.isEnrolled(id)).isTrue();
        mfa.reset(id);
        assertThat(mfa.isEnrolled(id)).isFalse();
        assertThat(audited("MFA_RESET", username)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from staff_mfa_recovery_code where user_id = :u").param("u", id.value())
                .query(Integer.class).single()).isZero();
        assertThatThrownBy(() -> mfa.reset(currentUser.require().id())).as("not their own")
                .hasMessageContaining("accounts.error.not-yourself");
        SignIn.out();

        assertThat(password(username)).isInstanceOfSatisfying(SecondFactorPending.class,
                p -> assertThat(p.step()).isEqualTo(SecondFactorPending.Step.ENROL));
    }

    @Test
    void nobodyButAnAdministratorResetsTwoStepSignIn() {
        String username = newStaff(Roles.PRACTITIONER);
        password(username);
        enrol();
        UserId practitioner = currentUser.require().id();
        SignIn.out();
        signIn.as(SignIn.ADMIN);
        UserId manager = accounts.findStaff(0, 500).stream().filter(s -> s.username().equals(SignIn.MANAGER_NORTH))
                .findFirst().orElseThrow().id();

        for (String caller : List.of(SignIn.PRACTITIONER_NORTH, SignIn.MANAGER_NORTH, SignIn.PARENT_HARPER)) {
            signIn.as(caller);
            assertThatThrownBy(() -> mfa.reset(practitioner)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> mfa.reset(manager)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> mfa.isEnrolled(practitioner)).isInstanceOf(AccessDeniedException.class);
        }
        signIn.as(SignIn.ADMIN);
        assertThat(mfa.isEnrolled(practitioner)).isTrue();
        assertThat(mfa.isEnrolled(manager)).isTrue();
    }
}

package org.familyvoice.accounts;

import org.familyvoice.IntegrationTest;
import org.familyvoice.SignIn;
import org.familyvoice.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Sign-in through the real provider chain: slow down, lock, per-address limit, and no account enumeration. */
@IntegrationTest
class LoginThrottleTest {

    private static final AtomicInteger ADDRESSES = new AtomicInteger(10);

    @Autowired ThrottlingAuthenticationProvider provider;
    @Autowired TestClock clock;
    @Autowired JdbcClient jdbc;
    @Autowired LoginThrottleSettings settings;
    @Autowired AccountUserDetailsService users;
    @Autowired org.springframework.security.crypto.password.PasswordEncoder encoder;
    @Autowired LoginThrottle throttle;
    @Autowired org.familyvoice.base.audit.AuditLog audit;
    @Autowired MfaService mfa;

    private Authentication attempt(String username, String password, String address) {
        var token = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        token.setDetails(new WebAuthenticationDetails(address, null));
        return provider.authenticate(token);
    }

    private static String freshAddress() {
        return "192.0.2." + ADDRESSES.incrementAndGet();
    }

    @Test
    void rightPasswordSignsIn() {
        assertThat(attempt(SignIn.PARENT_NOVAK, SignIn.PASSWORD, freshAddress()).isAuthenticated()).isTrue();
    }

    @Test
    void afterSomeFailuresEvenTheRightPasswordMustWaitThenWorks() {
        String address = freshAddress();
        for (int i = 0; i < settings.slowAfter(); i++) {
            assertThatThrownBy(() -> attempt(SignIn.YOUNG_HARPER, "wrong password " + 1, address))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> attempt(SignIn.YOUNG_HARPER, SignIn.PASSWORD, address))
                .isInstanceOf(LoginThrottledException.class);
        clock.advance(Duration.ofSeconds(3));
        assertThat(attempt(SignIn.YOUNG_HARPER, SignIn.PASSWORD, address).isAuthenticated()).isTrue();
    }

    @Test
    void locksAfterRepeatedFailuresForTheConfiguredPeriod() {
        String address = freshAddress();
        for (int i = 0; i < settings.lockAfter(); i++) {
            clock.advance(Duration.ofMinutes(1)); // past each slow-down, so every try is checked
            assertThatThrownBy(() -> attempt(SignIn.PARENT_ADEYEMI, "not the password", address))
                    .isInstanceOf(BadCredentialsException.class);
        }
        clock.advance(Duration.ofMinutes(1));
        assertThatThrownBy(() -> attempt(SignIn.PARENT_ADEYEMI, SignIn.PASSWORD, address))
                .isInstanceOf(LoginThrottledException.class);
        clock.advance(settings.lockFor());
        assertThat(attempt(SignIn.PARENT_ADEYEMI, SignIn.PASSWORD, address).isAuthenticated()).isTrue();
        // the trail names the account by id (user#12), never by username: see AuditLog
        long id = jdbc.sql("select id from app_user where username = :u").param("u", SignIn.PARENT_ADEYEMI)
                .query(Long.class).single();
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'ACCOUNT_LOCKED' and actor = :a")
                .param("a", "user#" + id).query(Integer.class).single()).isPositive();
    }

    @Test
    void anAccountThatDoesNotExistBehavesExactlyLikeOneThatDoes() {
        String address = freshAddress();
        String ghost = "nobody.here." + System.nanoTime();
        for (int i = 0; i < settings.slowAfter(); i++) {
            var existing = catchFailure(() -> attempt(SignIn.PARENT_NOVAK, "wrong one here", freshAddress()));
            var missing = catchFailure(() -> attempt(ghost, "wrong one here", address));
            assertThat(missing.getClass()).isEqualTo(existing.getClass());
            assertThat(missing.getMessage()).isEqualTo(existing.getMessage());
        }
        // both names are now slowed down in the same way
        var existing = catchFailure(() -> attempt(SignIn.PARENT_NOVAK, "wrong one here", freshAddress()));
        var missing = catchFailure(() -> attempt(ghost, "wrong one here", freshAddress()));
        assertThat(existing).isInstanceOf(LoginThrottledException.class);
        assertThat(missing).isInstanceOf(LoginThrottledException.class);
        clock.advance(Duration.ofHours(1));
    }

    @Test
    void aDeactivatedAccountGetsTheSameAnswerAsAWrongPassword() {
        jdbc.sql("update app_user set active = false where username = 'parent.walsh'").update();
        try {
            var failure = catchFailure(() -> attempt("parent.walsh", SignIn.PASSWORD, freshAddress()));
            assertThat(failure).isInstanceOf(BadCredentialsException.class);
        } finally {
            jdbc.sql("update app_user set active = true where username = 'parent.walsh'").update();
            clock.advance(Duration.ofHours(1));
        }
    }

    /**
     * The slow part of an answer is the password hash. Whether the name is unknown, deactivated or real with a wrong
     * password, it is computed exactly once, so the answers take alike long (measured: docs/security.md). Spring
     * Security 7 still checks the password of a deactivated account; this fails if a change here ever stops it.
     */
    @Test
    void everyAnswerCostsOnePasswordHashWhateverTheName() {
        var hashes = new AtomicInteger();
        var counting = new org.springframework.security.crypto.password.PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                hashes.incrementAndGet();
                return encoder.encode(raw);
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                hashes.incrementAndGet();
                return encoder.matches(raw, encoded);
            }
        };
        var measured = new ThrottlingAuthenticationProvider(users, counting, throttle, audit, mfa);
        jdbc.sql("update app_user set active = false where username = 'parent.walsh'").update();
        try {
            java.util.Map<String, Integer> perAnswer = new java.util.LinkedHashMap<>();
            for (String[] attempt : new String[][]{
                    {"a real name, wrong password", SignIn.PARENT_NOVAK, "wrong one here"},
                    {"an unknown name", "nobody.here." + System.nanoTime(), "wrong one here"},
                    {"a deactivated account, wrong password", "parent.walsh", "wrong one here"},
                    {"a deactivated account, right password", "parent.walsh", SignIn.PASSWORD}}) {
                var token = UsernamePasswordAuthenticationToken.unauthenticated(attempt[1], attempt[2]);
                token.setDetails(new WebAuthenticationDetails(freshAddress(), null));
                // once first, outside the count: Spring makes its dummy hash for unknown names on first use
                catchFailure(() -> measured.authenticate(token));
                clock.advance(Duration.ofMinutes(1)); // past any slow-down, so the password is checked again
                hashes.set(0);
                var failure = catchFailure(() -> measured.authenticate(token));
                clock.advance(Duration.ofMinutes(1));
                assertThat(failure).as(attempt[0]).isInstanceOf(BadCredentialsException.class);
                perAnswer.put(attempt[0], hashes.get());
            }
            assertThat(perAnswer).allSatisfy((answer, count) -> assertThat(count).as(answer).isEqualTo(1));
        } finally {
            jdbc.sql("update app_user set active = true where username = 'parent.walsh'").update();
            clock.advance(Duration.ofHours(1));
        }
    }

    @Test
    void oneAddressTryingManyNamesIsBlocked() {
        String address = freshAddress();
        for (int i = 0; i < settings.addressLimit(); i++) {
            String name = "spray." + i + "." + System.nanoTime();
            assertThatThrownBy(() -> attempt(name, "Summer2024!!", address)).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> attempt(SignIn.PARENT_HARPER, SignIn.PASSWORD, address))
                .isInstanceOf(LoginThrottledException.class);
        // another address is not affected
        assertThat(attempt(SignIn.PARENT_HARPER, SignIn.PASSWORD, freshAddress()).isAuthenticated()).isTrue();
    }

    private static RuntimeException catchFailure(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError("expected the sign-in to fail");
    }
}

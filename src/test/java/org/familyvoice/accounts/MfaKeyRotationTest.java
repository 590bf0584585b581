package org.familyvoice.accounts;

import org.familyvoice.IntegrationTest;
import org.familyvoice.SignIn;
import org.familyvoice.base.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Changing FAMILYVOICE_MFA_KEY: secrets sealed with the old key still open and are sealed again with the new one. */
@IntegrationTest
class MfaKeyRotationTest {

    @Autowired JdbcClient jdbc;
    @Autowired AccountService accounts;
    @Autowired SignIn signIn;
    @Autowired TransactionTemplate tx;

    private static String newKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    @AfterEach
    void out() {
        SignIn.out();
    }

    private long staffWith(String storedSecret) {
        signIn.as(SignIn.ADMIN);
        var north = accounts.teams().getFirst().id();
        long id = accounts.createStaff("rotation." + System.nanoTime() % 1_000_000, "Rotation Test", Roles.PRACTITIONER,
                north).userId().value();
        jdbc.sql("insert into staff_mfa (user_id, secret, enrolled_at, last_used_step) values (:u, :s, :at, 0)")
                .param("u", id).param("s", storedSecret).param("at", Timestamp.from(Instant.now())).update();
        return id;
    }

    private String stored(long userId) {
        return jdbc.sql("select secret from staff_mfa where user_id = :u").param("u", userId).query(String.class).single();
    }

    @Test
    void secretsSealedWithTheOldKeyOpenAndAreSealedAgainWithTheNewOneOnce() {
        String oldKey = newKey();
        String newKey = newKey();
        String secret = Totp.newSecret();
        var before = new MfaSecrets(oldKey, "");
        var during = new MfaSecrets(newKey, oldKey);
        var after = new MfaSecrets(newKey, "");
        var unrelated = new MfaSecrets(newKey(), "");

        tx.executeWithoutResult(status -> {
            // every row of this test is rolled back: the demo's own secrets must stay as the running app sealed them
            status.setRollbackOnly();
            long sealedOld = staffWith(before.seal(secret));
            long plain = staffWith("plain:" + secret);
            long lost = staffWith(unrelated.seal(secret));
            String lostBefore = stored(lost);
            assertThat(during.open(stored(sealedOld))).as("the old key still opens").isEqualTo(secret);
            assertThatThrownBy(() -> after.open(stored(sealedOld))).isInstanceOf(IllegalStateException.class);

            var rotation = new MfaKeyRotation(jdbc, during);
            assertThat(rotation.resealAll()).isGreaterThanOrEqualTo(2);

            for (long user : new long[]{sealedOld, plain}) {
                assertThat(stored(user)).startsWith("aesgcm:");
                assertThat(after.open(stored(user))).as("the new key alone opens it").isEqualTo(secret);
                assertThatThrownBy(() -> before.open(stored(user))).isInstanceOf(IllegalStateException.class);
            }
            assertThat(stored(lost)).as("a secret no configured key opens is left as it is").isEqualTo(lostBefore);
            assertThat(rotation.resealAll()).as("run again: nothing to do").isZero();
        });
    }

    @Test
    void aKeyOfTheWrongLengthIsRefusedAtStart() {
        assertThatThrownBy(() -> new MfaSecrets(newKey(), "c2hvcnQ=")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("previous-secret-keys");
    }
}

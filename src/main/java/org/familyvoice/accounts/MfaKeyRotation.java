package org.familyvoice.accounts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * At start, seals again with the current key every authenticator secret that was sealed with a previous key (or
 * stored plain before a key was set). Each row is changed only if it still holds what was read, so several nodes
 * starting at once change it once; running it again changes nothing.
 */
@Component
class MfaKeyRotation {

    private static final Logger log = LoggerFactory.getLogger(MfaKeyRotation.class);

    private final JdbcClient jdbc;
    private final MfaSecrets secrets;

    MfaKeyRotation(JdbcClient jdbc, MfaSecrets secrets) {
        this.jdbc = jdbc;
        this.secrets = secrets;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        int resealed = resealAll();
        if (resealed > 0) {
            log.info("Sealed {} authenticator secret(s) again with the current familyvoice.mfa.secret-key", resealed);
        }
    }

    /** How many stored secrets were sealed again. */
    int resealAll() {
        record Stored(long userId, String secret) {
        }
        int resealed = 0;
        for (Stored row : jdbc.sql("select user_id, secret from staff_mfa order by user_id")
                .query((rs, n) -> new Stored(rs.getLong(1), rs.getString(2))).list()) {
            if (!secrets.needsResealing(row.secret())) {
                continue;
            }
            String secret;
            try {
                secret = secrets.open(row.secret());
            } catch (IllegalStateException unknownKey) {
                // sealed with a key no longer configured: left as it is (that person's sign-in fails until an
                // administrator resets their two-step sign-in); the start goes on
                log.warn("The authenticator secret of user#{} opens with no configured key; left as it is",
                        row.userId());
                continue;
            }
            String fresh = secrets.seal(secret);
            resealed += jdbc.sql("update staff_mfa set secret = :fresh where user_id = :u and secret = :old")
                    .param("fresh", fresh).param("u", row.userId()).param("old", row.secret()).update();
        }
        return resealed;
    }
}

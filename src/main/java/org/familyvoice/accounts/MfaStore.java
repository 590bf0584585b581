package org.familyvoice.accounts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The two-step sign-in tables (migration V12), for {@link MfaService} only. */
@Component
class MfaStore {

    record Enrolled(String sealedSecret, long lastUsedStep) {
    }

    record RecoveryCode(long id, String hash) {
    }

    private final JdbcClient jdbc;

    MfaStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Enrolled> find(long userId) {
        return jdbc.sql("select secret, last_used_step from staff_mfa where user_id = :u").param("u", userId)
                .query((rs, n) -> new Enrolled(rs.getString(1), rs.getLong(2))).optional();
    }

    boolean exists(long userId) {
        return jdbc.sql("select count(*) from staff_mfa where user_id = :u").param("u", userId)
                .query(Integer.class).single() > 0;
    }

    void insert(long userId, String sealedSecret, Instant at, long usedStep) {
        jdbc.sql("insert into staff_mfa (user_id, secret, enrolled_at, last_used_step) values (:u, :s, :at, :step)")
                .param("u", userId).param("s", sealedSecret).param("at", Timestamp.from(at)).param("step", usedStep)
                .update();
    }

    /** Marks the step used, if no later or equal step was used before (so two nodes cannot both accept a code). */
    boolean useStep(long userId, long step) {
        return jdbc.sql("update staff_mfa set last_used_step = :step where user_id = :u and last_used_step < :step")
                .param("u", userId).param("step", step).update() == 1;
    }

    void addRecoveryCodes(long userId, List<String> hashes) {
        for (String hash : hashes) {
            jdbc.sql("insert into staff_mfa_recovery_code (user_id, code_hash) values (:u, :h)")
                    .param("u", userId).param("h", hash).update();
        }
    }

    List<RecoveryCode> unusedRecoveryCodes(long userId) {
        return jdbc.sql("select id, code_hash from staff_mfa_recovery_code where user_id = :u and used_at is null "
                        + "order by id")
                .param("u", userId).query((rs, n) -> new RecoveryCode(rs.getLong(1), rs.getString(2))).list();
    }

    /** Marks a recovery code used, unless another request used it first. */
    boolean useRecoveryCode(long codeId, Instant at) {
        return jdbc.sql("update staff_mfa_recovery_code set used_at = :at where id = :id and used_at is null")
                .param("id", codeId).param("at", Timestamp.from(at)).update() == 1;
    }

    int unusedRecoveryCodeCount(long userId) {
        return jdbc.sql("select count(*) from staff_mfa_recovery_code where user_id = :u and used_at is null")
                .param("u", userId).query(Integer.class).single();
    }

    void deleteRecoveryCodes(long userId) {
        jdbc.sql("delete from staff_mfa_recovery_code where user_id = :u").param("u", userId).update();
    }

    /** Removes the enrolment and every recovery code; true when there was an enrolment. */
    boolean delete(long userId) {
        jdbc.sql("delete from staff_mfa_recovery_code where user_id = :u").param("u", userId).update();
        return jdbc.sql("delete from staff_mfa where user_id = :u").param("u", userId).update() == 1;
    }
}

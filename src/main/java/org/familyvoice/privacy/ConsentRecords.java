package org.familyvoice.privacy;

import org.familyvoice.base.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;

/**
 * Where the features that ask for consent record each choice: who, about what, for which purpose, given or not, when,
 * and under which wording. Append-only. Not a page's service: the feedback and meetings services call it after their
 * own access checks, inside their transaction, so a choice and the item it belongs to are stored or lost together.
 */
@Service
public class ConsentRecords {

    private final JdbcClient jdbc;
    private final Clock clock;

    ConsentRecords(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records one choice, unless it is the same as the choice already in force for this item and purpose. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(@Nullable UserId user, ConsentOrigin origin, long originId, ConsentPurpose purpose,
                       boolean given, ConsentWording wording) {
        Boolean current = jdbc.sql("""
                        select given from consent_record where origin = :origin and origin_id = :id and purpose = :purpose
                        order by id desc limit 1""")
                .param("origin", origin.name()).param("id", originId).param("purpose", purpose.name())
                .query(Boolean.class).optional().orElse(null);
        if (current != null && current == given) {
            return;
        }
        jdbc.sql("""
                        insert into consent_record (user_id, origin, origin_id, purpose, given, wording_key,
                            wording_version, wording_hash, recorded_at)
                        values (:user, :origin, :id, :purpose, :given, :key, :version, :hash, :at)""")
                .param("user", user == null ? null : user.value(), java.sql.Types.BIGINT)
                .param("origin", origin.name()).param("id", originId).param("purpose", purpose.name())
                .param("given", given).param("key", wording.name()).param("version", wording.version())
                .param("hash", wording.sha256()).param("at", Timestamp.from(clock.instant()))
                .update();
    }
}

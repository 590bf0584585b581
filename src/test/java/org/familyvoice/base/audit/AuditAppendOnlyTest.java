package org.familyvoice.base.audit;

import org.familyvoice.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The database itself refuses to change or remove audit rows (migration V11), on H2 and, under {@code -Ppostgres},
 * on PostgreSQL: a statement sent straight over JDBC, as a bug or a console session would, fails and the row stays.
 */
@IntegrationTest
class AuditAppendOnlyTest {

    @Autowired AuditLog audit;
    @Autowired JdbcClient jdbc;

    private long recorded(String marker) {
        audit.recordAs("append.only.test", AuditAction.FAMILY_CHANGED, "family:424242", marker);
        return jdbc.sql("select id from audit_event where details = :m").param("m", marker).query(Long.class).single();
    }

    private Map<String, Object> row(long id) {
        return jdbc.sql("select actor, action, target, details, family_id from audit_event where id = :id")
                .param("id", id).query().singleRow();
    }

    @Test
    void anUpdateFailsAndTheRowIsUnchanged() {
        long id = recorded("update-marker");
        Map<String, Object> before = row(id);

        assertThatThrownBy(() -> jdbc.sql("update audit_event set actor = 'someone.else', details = 'rewritten' where id = :id")
                .param("id", id).update()).isInstanceOf(DataAccessException.class).hasStackTraceContaining("append-only");

        assertThat(row(id)).isEqualTo(before).containsEntry("actor", "append.only.test")
                .containsEntry("details", "update-marker");
    }

    @Test
    void aDeleteFailsAndTheRowStays() {
        long id = recorded("delete-marker");
        long total = jdbc.sql("select count(*) from audit_event").query(Long.class).single();

        assertThatThrownBy(() -> jdbc.sql("delete from audit_event where id = :id").param("id", id).update())
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_event").update()).isInstanceOf(DataAccessException.class);

        assertThat(row(id)).containsEntry("details", "delete-marker");
        assertThat(jdbc.sql("select count(*) from audit_event").query(Long.class).single()).isGreaterThanOrEqualTo(total);
    }

    @Test
    void emptyingTheTableFails() {
        long id = recorded("truncate-marker");

        assertThatThrownBy(() -> jdbc.sql("truncate table audit_event").update()).isInstanceOf(DataAccessException.class);

        assertThat(row(id)).containsEntry("details", "truncate-marker");
    }

    @Test
    void newRowsCanStillBeAddedAndNameTheirFamily() {
        long id = recorded("insert-marker");
        assertThat(((Number) row(id).get("family_id")).longValue()).isEqualTo(424242L);
    }
}

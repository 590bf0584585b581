package org.familyvoice.base.audit;

import org.h2.api.Trigger;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The database's own guard on H2 (see {@code db/vendor/h2/V11__audit_append_only.sql}): every UPDATE or DELETE
 * of an {@code audit_event} row fails, whether it comes from this application, the H2 console or a script.
 * PostgreSQL has the same guard as a PL/pgSQL trigger. Public with a no-argument constructor because H2
 * creates it by name.
 */
public final class AppendOnlyTrigger implements Trigger {

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("audit_event is append-only: " + (newRow == null ? "DELETE" : "UPDATE") + " refused",
                "42501");
    }
}

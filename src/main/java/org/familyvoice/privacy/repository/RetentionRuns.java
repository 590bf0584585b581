package org.familyvoice.privacy.repository;

import org.familyvoice.privacy.RetentionRun;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/** The record of the retention job's runs ({@code retention_run}). */
@Repository
public class RetentionRuns {

    private static final String COLUMNS = """
            id, started_at, finished_at, node, trigger_kind, status, feedback_anonymised, meetings_anonymised,
            notifications_deleted, throttles_deleted, rate_limits_deleted, emails_deleted, error""";

    private final JdbcClient jdbc;

    RetentionRuns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long start(Instant at, String node, String trigger) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        insert into retention_run (started_at, node, trigger_kind, status)
                        values (:at, :node, :trigger, 'RUNNING')""")
                .param("at", Timestamp.from(at)).param("node", node.length() > 100 ? node.substring(0, 100) : node)
                .param("trigger", trigger).update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    /** counts: feedback, meetings, notifications, sign-in counters, rate limits, e-mails. */
    public RetentionRun finish(long id, Instant at, String status, int[] counts, @Nullable String error) {
        jdbc.sql("""
                        update retention_run set finished_at = :at, status = :status, feedback_anonymised = :f,
                            meetings_anonymised = :m, notifications_deleted = :n, throttles_deleted = :t,
                            rate_limits_deleted = :r, emails_deleted = :e, error = :error
                        where id = :id""")
                .param("at", Timestamp.from(at)).param("status", status).param("f", counts[0]).param("m", counts[1])
                .param("n", counts[2]).param("t", counts[3]).param("r", counts[4]).param("e", counts[5])
                .param("error", error, java.sql.Types.VARCHAR).param("id", id).update();
        return jdbc.sql("select " + COLUMNS + " from retention_run where id = :id").param("id", id)
                .query(RetentionRuns::row).single();
    }

    public List<RetentionRun> newest(long offset, int limit) {
        return jdbc.sql("select " + COLUMNS + " from retention_run order by id desc limit :limit offset :offset")
                .param("limit", Math.max(0, Math.min(limit, 200))).param("offset", Math.max(0, offset))
                .query(RetentionRuns::row).list();
    }

    public int count() {
        return jdbc.sql("select count(*) from retention_run").query(Integer.class).single();
    }

    private static RetentionRun row(ResultSet rs, int n) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        return new RetentionRun(rs.getLong("id"), rs.getTimestamp("started_at").toInstant(),
                finished == null ? null : finished.toInstant(), rs.getString("node"), rs.getString("trigger_kind"),
                rs.getString("status"), rs.getInt("feedback_anonymised"), rs.getInt("meetings_anonymised"),
                rs.getInt("notifications_deleted"), rs.getInt("throttles_deleted"), rs.getInt("rate_limits_deleted"),
                rs.getInt("emails_deleted"), rs.getString("error"));
    }
}

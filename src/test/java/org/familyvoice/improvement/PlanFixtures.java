package org.familyvoice.improvement;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

/** Test data for the improvement plan: a saved family member's words (as typed and redacted), an area's id. */
@Component
public class PlanFixtures {

    private final JdbcClient jdbc;

    PlanFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public static String unique(String text) {
        return text + " " + Long.toString(System.nanoTime(), 36);
    }

    /** A voice item as the tagging would have stored it: {@code text} as typed, {@code redacted} for anyone. */
    public long voiceItem(String text, String redacted, LocalDate saidOn) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        Instant at = saidOn.atTime(12, 0).toInstant(ZoneOffset.UTC);
        jdbc.sql("""
                        insert into voice_item (origin, origin_id, family_id, team_id, source, meeting_type,
                            contributor_key, author_user_id, may_contact, said_at, said_on, text, redacted_text, sentiment)
                        values ('FEEDBACK', :origin, null, 0, 'PARENT', 'NONE', :contributor, null, false, :at, :on,
                            :text, :redacted, 'NEGATIVE')""")
                .param("origin", -System.nanoTime()).param("contributor", "test-" + System.nanoTime())
                .param("at", Timestamp.from(at)).param("on", saidOn).param("text", text).param("redacted", redacted)
                .update(key, "id");
        return Objects.requireNonNull(key.getKey()).longValue();
    }

    public long areaId(String code) {
        return jdbc.sql("select id from improvement_area where code = :code").param("code", code)
                .query(Long.class).single();
    }

    public long themeId(String code) {
        return jdbc.sql("select id from theme where code = :code").param("code", code).query(Long.class).single();
    }

    public int audited(String action, String target) {
        return jdbc.sql("select count(*) from audit_event where action = :action and target = :target")
                .param("action", action).param("target", target).query(Integer.class).single();
    }
}

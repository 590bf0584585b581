package org.familyvoice.improvement.repository;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.List;

/**
 * What the evidence pack reads besides the dashboard's figures: the improvement plan's actions with their status and
 * linked evidence, and a few quotes behind a theme. Plain SQL on the plan's tables, so the pack depends on no other
 * feature's code. Quotes are only ever read redacted here.
 */
@Repository
public class EvidencePackStore {

    /** Most actions one pack lists. */
    public static final int MAX_ACTIONS = 300;

    public record ActionRow(long id, String area, String title, String owner, LocalDate dueOn, String status) {
    }

    /** A theme linked to an action as evidence. */
    public record ThemeEvidence(long actionId, String theme) {
    }

    /** A quote linked to an action as evidence (redacted), with how many quotes the action has in all. */
    public record QuoteEvidence(long actionId, LocalDate saidOn, String redactedText, int total) {
    }

    public record QuoteRow(LocalDate saidOn, String redactedText) {
    }

    private final JdbcClient jdbc;

    EvidencePackStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The plan's actions under active areas, in the plan's order. */
    public List<ActionRow> actions() {
        return jdbc.sql("""
                        select a.id, ar.name, a.title, a.owner_name, a.due_on, a.status
                        from improvement_action a join improvement_area ar on ar.id = a.area_id
                        where ar.active order by ar.sort_order, a.due_on, a.id fetch first :max rows only""")
                .param("max", MAX_ACTIONS)
                .query((rs, n) -> new ActionRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class), rs.getString(6)))
                .list();
    }

    public List<ThemeEvidence> themeEvidence() {
        return jdbc.sql("""
                        select e.action_id, t.name from action_evidence e join theme t on t.id = e.theme_id
                        order by e.action_id, t.name""")
                .query((rs, n) -> new ThemeEvidence(rs.getLong(1), rs.getString(2))).list();
    }

    /** Up to {@code perAction} of each action's linked quotes, newest first, redacted. */
    public List<QuoteEvidence> quoteEvidence(int perAction) {
        return jdbc.sql("""
                        select action_id, said_on, redacted_text, total from (
                            select e.action_id, i.said_on, i.redacted_text,
                                row_number() over (partition by e.action_id order by i.said_at desc, i.id desc) as rn,
                                count(*) over (partition by e.action_id) as total
                            from action_evidence e join voice_item i on i.id = e.item_id) x
                        where rn <= :per order by action_id, rn""")
                .param("per", perAction)
                .query((rs, n) -> new QuoteEvidence(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3),
                        rs.getInt(4)))
                .list();
    }

    /** The newest {@code limit} items of a theme over the days, redacted. */
    public List<QuoteRow> quotes(long themeId, LocalDate from, LocalDate to, int limit) {
        return jdbc.sql("""
                        select i.said_on, i.redacted_text from voice_item_theme t join voice_item i on i.id = t.item_id
                        where t.theme_id = :theme and t.said_on between :from and :to
                        order by i.said_at desc, i.id desc fetch first :limit rows only""")
                .param("theme", themeId).param("from", from).param("to", to).param("limit", limit)
                .query((rs, n) -> new QuoteRow(rs.getObject(1, LocalDate.class), rs.getString(2))).list();
    }
}

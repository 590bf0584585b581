package org.familyvoice.themes.repository;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.List;

/**
 * The SQL behind emerging themes: terms whose use rose against an earlier period (counted from the term rollup, so
 * no item is loaded), the distinct people behind them, and a few of their newest quotes, redacted.
 */
@Repository
public class EmergingQueries {

    /** A term's items and distinct contributors in the recent period ({@code now}) and the one before it. */
    public record Rising(String term, int itemsNow, int itemsBefore, int peopleNow, int peopleBefore) {
    }

    private final JdbcClient jdbc;

    EmergingQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Terms whose daily rate from {@code nowFrom} to {@code to} is at least {@code factor} times their daily rate from
     * {@code beforeFrom} to the day before {@code nowFrom} (or that were not used then at all), and that were used
     * by at least {@code minPeople} more people than the earlier rate would bring in as many days (so at least
     * {@code minPeople} people, all of them new when the term is). The rollup picks the candidates; only their
     * tagged rows are counted for people.
     */
    public List<Rising> rising(LocalDate beforeFrom, LocalDate nowFrom, LocalDate to, int minPeople, int factor) {
        long nowDays = to.toEpochDay() - nowFrom.toEpochDay() + 1;
        long beforeDays = nowFrom.toEpochDay() - beforeFrom.toEpochDay();
        if (nowDays < 1 || beforeDays < 1) {
            throw new IllegalArgumentException("two periods one after the other are compared");
        }
        String now = "sum(case when said_on >= :nowFrom then items else 0 end)";
        String before = "sum(case when said_on < :nowFrom then items else 0 end)";
        String peopleNow = "count(distinct case when t.said_on >= :nowFrom then t.contributor_key end)";
        String peopleBefore = "count(distinct case when t.said_on < :nowFrom then t.contributor_key end)";
        // In whole numbers (the day counts and limits are the service's constants, not input):
        // now / nowDays >= factor * before / beforeDays, and
        // peopleNow - peopleBefore * nowDays / beforeDays >= minPeople (more people than the earlier rate brings).
        String sql = """
                with candidate as (
                    select term, %1$s as items_now, %2$s as items_before
                    from term_rollup
                    where said_on between :beforeFrom and :to
                    group by term
                    having %1$s >= %5$d and %1$s * %6$d >= %7$d * %2$s
                )
                select c.term, c.items_now, c.items_before, %3$s as people_now, %4$s as people_before
                from candidate c
                    join voice_item_term t on t.term = c.term and t.said_on between :beforeFrom and :to
                group by c.term, c.items_now, c.items_before
                having %3$s * %6$d - %4$s * %8$d >= %9$d
                order by c.term""".formatted(now, before, peopleNow, peopleBefore, minPeople, beforeDays,
                (long) factor * nowDays, nowDays, (long) minPeople * beforeDays);
        return jdbc.sql(sql)
                .param("beforeFrom", beforeFrom).param("nowFrom", nowFrom).param("to", to)
                .query((rs, n) -> new Rising(rs.getString("term"), rs.getInt("items_now"), rs.getInt("items_before"),
                        rs.getInt("people_now"), rs.getInt("people_before")))
                .list();
    }

    /** The newest redacted texts using the term in the period, one per person, newest first. */
    public List<String> quotes(String term, LocalDate from, LocalDate to, int limit) {
        return jdbc.sql("""
                        select q.redacted_text from (
                            select i.redacted_text, i.said_at, i.id,
                                row_number() over (partition by t.contributor_key order by i.said_at desc, i.id desc) as nth
                            from voice_item_term t join voice_item i on i.id = t.item_id
                            where t.term = :term and t.said_on between :from and :to) q
                        where q.nth = 1
                        order by q.said_at desc, q.id desc
                        fetch first :limit rows only""")
                .param("term", term).param("from", from).param("to", to).param("limit", limit)
                .query(String.class).list();
    }
}

package org.familyvoice.themes.ui;

import org.familyvoice.base.FamilyId;
import org.familyvoice.base.TeamId;
import org.familyvoice.themes.SaidText;
import org.familyvoice.themes.Taxonomy;
import org.familyvoice.themes.VoiceOrigin;
import org.familyvoice.themes.VoiceRecorder;
import org.familyvoice.themes.VoiceSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Words of our own in a month far in the future (March 2091), so the tests know every figure whatever demo data
 * exists: "Being kept informed" from 6 people in team North and 4 in team South (one of them naming their social
 * worker and giving a phone number), from 5 people the month before, and "School and education" 12 times from one
 * person. Recording is idempotent (an origin recorded again replaces its copy), so any test may call it.
 */
@Component
class DashboardData {

    static final LocalDate FROM = LocalDate.of(2091, 3, 1);
    static final LocalDate TO = LocalDate.of(2091, 3, 31);
    static final String PERIOD = "period=custom&from=2091-03-01&to=2091-03-31";
    static final String INFORMED = "Being kept informed";
    static final String SCHOOL = "School and education";
    static final String NORTH = "North Children in Need Team";
    static final String SOUTH = "South Children in Need Team";
    static final String SOUTH_WORDS = "Dana Whitfield never kept us informed. Ring me on 07700 900123.";
    static final String NORTH_WORDS = "Priya Shah never kept us informed about the plan changing.";
    private static final long FIRST_ID = 9_100_000;

    private final VoiceRecorder recorder;
    private final Taxonomy taxonomy;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    DashboardData(VoiceRecorder recorder, Taxonomy taxonomy, JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.recorder = recorder;
        this.taxonomy = taxonomy;
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
    }

    void ensure() {
        TeamId north = team(NORTH);
        TeamId south = team(SOUTH);
        FamilyId harper = family("FV-1001");
        FamilyId adeyemi = family("FV-2001");
        tx.executeWithoutResult(status -> {
            for (int i = 1; i <= 6; i++) {
                say(1 + i, harper, north, "dash:north:" + i, "2091-03-1" + i,
                        i == 1 ? NORTH_WORDS : "They never kept us informed about what was happening.");
            }
            for (int i = 1; i <= 4; i++) {
                say(20 + i, adeyemi, south, "dash:south:" + i, "2091-03-0" + (i + 1),
                        i == 1 ? SOUTH_WORDS : "Nobody kept us informed about the meeting date.");
            }
            for (int i = 1; i <= 5; i++) {
                say(40 + i, harper, north, "dash:feb:" + i, "2091-02-1" + i, "We were never kept informed at all.");
            }
            for (int i = 1; i <= 12; i++) {
                say(60 + i, harper, north, "dash:school:1", "2091-03-" + (10 + i), "The school never helped him with reading.");
            }
        });
    }

    long themeId(String code) {
        return taxonomy.current().byCode().get(code).id();
    }

    TeamId team(String name) {
        return new TeamId(jdbc.sql("select id from team where name = :n").param("n", name).query(Long.class).single());
    }

    private FamilyId family(String reference) {
        return new FamilyId(jdbc.sql("select id from family where case_reference = :r").param("r", reference)
                .query(Long.class).single());
    }

    private void say(int n, FamilyId family, TeamId team, String contributor, String day, String words) {
        recorder.record(new SaidText(VoiceOrigin.FEEDBACK, FIRST_ID + n, family, team, VoiceSource.PARENT, null,
                contributor, null, false, Instant.parse(day + "T10:00:00Z"), words, List.of("Dana Whitfield", "Priya Shah")));
    }
}

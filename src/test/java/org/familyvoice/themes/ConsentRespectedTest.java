package org.familyvoice.themes;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.familyvoice.IntegrationTest;
import org.familyvoice.SignIn;
import org.familyvoice.TestClock;
import org.familyvoice.base.TeamId;
import org.familyvoice.feedback.FeedbackAbout;
import org.familyvoice.feedback.FeedbackForm;
import org.familyvoice.feedback.FeedbackService;
import org.familyvoice.feedback.Receipt;
import org.familyvoice.improvement.EvidencePackService;
import org.familyvoice.improvement.ImprovementPlanService;
import org.familyvoice.improvement.YouSaidEntry;
import org.familyvoice.improvement.YouSaidFixtures;
import org.familyvoice.improvement.YouSaidService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Words without improvement-use consent never reach what staff see of themes: the dashboard's figures, the quotes,
 * the evidence pack (PDF and CSV) or the items offered for "you said, we did". A parent who takes their consent back
 * for their own feedback takes its words out of all of them at once, and every rollup still equals its recount.
 * The words carry a made-up keyword of a theme made for this test, so the figures are exactly this test's.
 */
@IntegrationTest
class ConsentRespectedTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired FeedbackService feedback;
    @Autowired ThemeDashboardService dashboard;
    @Autowired ThemeQuotesService quotes;
    @Autowired EvidencePackService packs;
    @Autowired YouSaidService youSaid;
    @Autowired ImprovementPlanService plan;
    @Autowired YouSaidFixtures fixtures;
    @Autowired SignIn signIn;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;

    private Long themeId;

    @AfterEach
    void out() {
        if (themeId != null) {
            fixtures.retire(themeId);
        }
        SignIn.out();
    }

    private static FeedbackForm form(String words, boolean mayUseWords, TeamId team) {
        return new FeedbackForm(UUID.randomUUID().toString(), FeedbackAbout.TEAM, null, 3, null, null, null, words,
                false, mayUseWords, team, null);
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    /** The CSV line of the theme, as text. */
    private String csvLine(LocalDate day, String themeName) {
        String csv = new String(packs.csv(day, day), StandardCharsets.UTF_8);
        return csv.lines().filter(l -> l.contains(themeName)).findFirst().orElse("");
    }

    private int themeItems(LocalDate day) {
        return dashboard.themes(DashboardFilter.of(day, day)).stream().filter(l -> l.theme().id() == themeId)
                .findFirst().map(l -> l.now().items()).orElse(0);
    }

    private List<String> quoteTexts(LocalDate day) {
        return quotes.quotes(DashboardFilter.of(day, day), themeId, null, 0, 200).stream().map(Quote::text).toList();
    }

    private List<String> offeredForYouSaid(LocalDate day) {
        return youSaid.voices(themeId, day, day, 0, 200).stream().map(YouSaidEntry.Voice::redactedText).toList();
    }

    @Test
    void wordsWithoutConsentNeverAppearAndWithdrawnWordsLeaveEverything() throws Exception {
        String keyword = YouSaidFixtures.word();
        String themeName = "Consent check " + keyword;
        themeId = fixtures.theme(themeName, keyword);
        TeamId north = new TeamId(jdbc.sql("select id from team where name like 'North%'").query(Long.class).single());
        LocalDate today = LocalDate.ofInstant(clock.instant(), LONDON);
        String leannes = YouSaidFixtures.word();
        String hidden = YouSaidFixtures.word();
        List<String> others = new ArrayList<>();

        for (int i = 0; i < 5; i++) {
            String marker = YouSaidFixtures.word();
            others.add(marker);
            feedback.giveAnonymously(form("the " + keyword + " was slow " + marker, true, north), "10.66.0." + i);
        }
        signIn.as(SignIn.PARENT_HARPER);
        Receipt allowed = feedback.give(form("the " + keyword + " never came " + leannes, true, null));
        Receipt notAllowed = feedback.give(form("the " + keyword + " is a worry " + hidden, false, null));
        assertThat(jdbc.sql("select count(*) from voice_item where text like :w").param("w", "%" + hidden + "%")
                .query(Integer.class).single()).isZero();
        long leannesItem = jdbc.sql("select id from voice_item where origin = 'FEEDBACK' and origin_id = :id")
                .param("id", allowed.id().value()).query(Long.class).single();

        signIn.as(SignIn.MANAGER_NORTH);
        long action = fixtures.action("Answer the " + keyword + " sooner", "ON_TRACK");
        plan.linkQuote(action, leannesItem);

        // before: six people allowed it; the seventh form's words are nowhere
        assertThat(themeItems(today)).isEqualTo(6);
        assertThat(String.join("\n", quoteTexts(today))).contains(leannes).contains(others).doesNotContain(hidden);
        assertThat(String.join("\n", offeredForYouSaid(today))).contains(leannes).doesNotContain(hidden);
        String pdf = pdfText(packs.pdf(today, today));
        assertThat(pdf).contains(leannes).doesNotContain(hidden);
        assertThat(csvLine(today, themeName)).contains(themeName + ",6,");
        assertThat(RollupRecount.differences(jdbc)).isEmpty();

        // only the author may take consent back
        signIn.as(SignIn.PARENT_NOVAK);
        assertThatThrownBy(() -> feedback.withdrawWordsConsent(allowed.id())).isInstanceOf(AccessDeniedException.class);
        signIn.as(SignIn.PRACTITIONER_NORTH);
        assertThatThrownBy(() -> feedback.withdrawWordsConsent(allowed.id())).isInstanceOf(AccessDeniedException.class);

        signIn.as(SignIn.PARENT_HARPER);
        feedback.withdrawWordsConsent(allowed.id());
        feedback.withdrawWordsConsent(allowed.id()); // again: nothing more happens
        feedback.withdrawWordsConsent(notAllowed.id()); // never given: nothing happens
        assertThat(feedback.myFeedback(0, 50)).filteredOn(f -> f.id().equals(allowed.id())).singleElement()
                .satisfies(f -> assertThat(f.mayUseWords()).isFalse());

        // after: the words have left the themes, the quotes, the pack, the "you said" offer and the evidence link
        signIn.as(SignIn.MANAGER_NORTH);
        assertThat(themeItems(today)).isEqualTo(5);
        assertThat(String.join("\n", quoteTexts(today))).contains(others).doesNotContain(leannes, hidden);
        assertThat(String.join("\n", offeredForYouSaid(today))).doesNotContain(leannes, hidden);
        assertThat(pdfText(packs.pdf(today, today))).doesNotContain(leannes).doesNotContain(hidden);
        assertThat(csvLine(today, themeName)).contains(themeName + ",5,");
        assertThat(jdbc.sql("select count(*) from action_evidence where item_id = :i").param("i", leannesItem)
                .query(Integer.class).single()).isZero();
        assertThat(RollupRecount.differences(jdbc)).isEmpty();

        // the choices are on record with their wordings, and the withdrawal is audited
        List<Map<String, Object>> choices = jdbc.sql("""
                        select purpose, given, wording_key, wording_version from consent_record
                        where origin = 'FEEDBACK' and origin_id = :id order by id""")
                .param("id", allowed.id().value()).query().listOfRows();
        assertThat(choices).extracting(r -> r.get("purpose") + " " + r.get("given") + " " + r.get("wording_key") + " v"
                        + r.get("wording_version"))
                .containsExactly("IMPROVEMENT_USE true FEEDBACK_WORDS_ADULT v1", "CONTACT false FEEDBACK_CONTACT_ADULT v1",
                        "IMPROVEMENT_USE false FEEDBACK_WORDS_WITHDRAWN v1");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'CONSENT_WITHDRAWN' and target = :t")
                .param("t", "feedback:" + allowed.reference()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void nobodyButTheAuthorTakesConsentBack() {
        signIn.as(SignIn.PARENT_HARPER);
        Receipt allowed = feedback.give(form("Nobody rang me back " + YouSaidFixtures.word(), true, null));
        for (String who : List.of("anonymous", SignIn.ADMIN, SignIn.MANAGER_NORTH, SignIn.MANAGER_SOUTH,
                SignIn.PRACTITIONER_NORTH, SignIn.PRACTITIONER_NORTH_2, SignIn.PRACTITIONER_SOUTH, SignIn.YOUNG_HARPER,
                SignIn.PARENT_NOVAK, SignIn.PARENT_ADEYEMI)) {
            if (who.equals("anonymous")) {
                SignIn.out();
            } else {
                signIn.as(who);
            }
            assertThatThrownBy(() -> feedback.withdrawWordsConsent(allowed.id())).as(who)
                    .isInstanceOfAny(AccessDeniedException.class,
                            org.springframework.security.core.AuthenticationException.class);
        }
        assertThat(jdbc.sql("select count(*) from voice_item where origin = 'FEEDBACK' and origin_id = :id")
                .param("id", allowed.id().value()).query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select may_use_words from feedback where id = :id").param("id", allowed.id().value())
                .query(Boolean.class).single()).isTrue();
    }
}

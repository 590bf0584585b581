package org.familyvoice.improvement;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.familyvoice.IntegrationTest;
import org.familyvoice.SignIn;
import org.familyvoice.themes.DashboardFilter;
import org.familyvoice.base.FamilyId;
import org.familyvoice.base.TeamId;
import org.familyvoice.improvement.YouSaidEntry.Draft;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The evidence pack over a far-future quarter with controlled words: a theme named like a spreadsheet formula said by
 * 6 people, another said by 3 ("fewer than 5" everywhere), quotes naming a known person (redacted in the pack even for
 * a manager who may see the family), an action with evidence, and an entry published in the period.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvidencePackServiceTest {

    @Autowired EvidencePackService packs;
    @Autowired org.familyvoice.themes.ThemeDashboardService dashboard;
    @Autowired YouSaidService youSaid;
    @Autowired YouSaidFixtures fixtures;
    @Autowired SignIn signIn;
    @Autowired JdbcClient jdbc;

    private final int year = YouSaidFixtures.farYear();
    private final LocalDate from = LocalDate.of(year, 1, 1);
    private final LocalDate to = LocalDate.of(year, 3, 31);
    private final String formulaName = "=HYPERLINK(\"http://evil.example\",\"click\") " + UUID.randomUUID().toString()
            .substring(0, 8);
    private final String plusName = "+1 small theme " + UUID.randomUUID().toString().substring(0, 8);
    private final String wordA = YouSaidFixtures.word();
    private final String wordB = YouSaidFixtures.word();
    private final String actionTitle = "Text families the day before a visit " + UUID.randomUUID().toString()
            .substring(0, 8);
    private final String heard = "Visits moved without warning " + UUID.randomUUID().toString().substring(0, 8);
    private long themeA;
    private long themeB;

    @BeforeAll
    void words() {
        themeA = fixtures.theme(formulaName, wordA);
        themeB = fixtures.theme(plusName, wordB);
        FamilyId harper = fixtures.family("FV-1001");
        TeamId north = new TeamId(jdbc.sql("select team_id from family where id = :id").param("id", harper.value())
                .query(Long.class).single());
        long firstA = 0;
        for (int i = 0; i < 6; i++) {
            long item = fixtures.say(from.plusDays(7L * i), "pack:" + UUID.randomUUID().toString().substring(0, 12),
                    (i == 0 ? "=HYPERLINK(\"http://evil.example\") " : "") + "Leanne Harper told us the "
                            + wordA + " was late again, call 07700 900123", null, false, harper, north,
                    List.of("Leanne Harper"));
            firstA = i == 0 ? item : firstA;
        }
        for (int i = 0; i < 3; i++) {
            fixtures.say(from.plusDays(10L + i), "pack:" + UUID.randomUUID().toString().substring(0, 12),
                    "Only a few said " + wordB, null, false);
        }
        long manager = fixtures.userId(SignIn.MANAGER_NORTH);
        long action = fixtures.action(actionTitle, "ON_TRACK");
        fixtures.evidence(action, themeA, null, manager);
        fixtures.evidence(action, null, firstA, manager);

        signIn.as(SignIn.MANAGER_NORTH);
        long entry = youSaid.create(new Draft(heard, "We text the day before.", LocalDate.of(2025, 9, 1), themeA, action,
                List.of(firstA)));
        youSaid.publish(entry, youSaid.find(entry).orElseThrow().version());
        jdbc.sql("update you_said_we_did set published_at = :at where id = :id")
                .param("at", Timestamp.from(from.plusDays(40).atTime(10, 0).toInstant(ZoneOffset.UTC)))
                .param("id", entry).update();
        SignIn.out();
    }

    @AfterAll
    void retire() {
        fixtures.retire(themeA);
        fixtures.retire(themeB);
    }

    @AfterEach
    void out() {
        SignIn.out();
    }

    /** RFC 4180 rows (quoted fields, doubled quotes, CRLF), after the byte order mark. */
    static List<List<String>> parse(byte[] csv) {
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        text = text.substring(1);
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        var field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        assertThat(row).as("the file ends with CRLF").isEmpty();
        return rows;
    }

    private static List<String> row(List<List<String>> rows, String name) {
        return rows.stream().filter(r -> r.get(1).equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in " + rows));
    }

    @Test
    void theCsvNeutralisesFormulasAndReadsFewerThan5ForSmallFigures() {
        signIn.as(SignIn.MANAGER_NORTH);
        List<List<String>> rows = parse(packs.csv(from, to));

        assertThat(rows.getFirst()).hasSize(8).startsWith("Section", "Figure");
        assertThat(rows).allSatisfy(r -> assertThat(r).hasSize(8));
        List<String> a = row(rows, "'" + formulaName);
        assertThat(a).containsExactly("Theme", "'" + formulaName, "6", "fewer than 5", "fewer than 5",
                a.get(5), a.get(6), a.get(7));
        // positive, negative and mixed are figures of their own: fewer than 5 people behind one reads so
        assertThat(a.subList(5, 8)).allSatisfy(cell -> assertThat(cell.equals("fewer than 5")
                || Integer.parseInt(cell) >= 5).as(cell).isTrue());
        List<String> b = row(rows, "'" + plusName);
        assertThat(b.subList(2, 8)).containsOnly("fewer than 5");
        assertThat(row(rows, "Feedback forms")).containsExactly("Headline", "Feedback forms", "fewer than 5",
                "fewer than 5", "", "", "", "");
        assertThat(row(rows, "Things families wrote (used for themes)").get(2)).isEqualTo("9");
        // nothing a spreadsheet would run: every cell starting with = + - @ is a plain number or neutralised
        for (List<String> r : rows) {
            for (String cell : r) {
                if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
                    assertThat(cell).as("cell " + cell).matches("-?[0-9]+(\\.[0-9]+)?");
                }
            }
        }
    }

    @Test
    void neutralisingCoversEveryRiskyStartAndLeavesNumbersAlone() {
        assertThat(EvidencePackCsv.field("=1+1")).isEqualTo("'=1+1");
        assertThat(EvidencePackCsv.field("+1")).isEqualTo("'+1");
        assertThat(EvidencePackCsv.field("-2+3+cmd|' /C calc'!A0")).isEqualTo("'-2+3+cmd|' /C calc'!A0");
        assertThat(EvidencePackCsv.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(EvidencePackCsv.field("\t=1")).isEqualTo("'\t=1");
        assertThat(EvidencePackCsv.field("\r=1")).isEqualTo("\"'\r=1\"");
        assertThat(EvidencePackCsv.field("-3")).isEqualTo("-3");
        assertThat(EvidencePackCsv.field("3.5")).isEqualTo("3.5");
        assertThat(EvidencePackCsv.field("Say \"hello\", please")).isEqualTo("\"Say \"\"hello\"\", please\"");
        assertThat(EvidencePackCsv.field("=HYPERLINK(\"x\",\"y\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"");
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void thePdfShowsFiguresThemesQuotesActionsAndEntriesRedactedAndTagged() throws Exception {
        signIn.as(SignIn.MANAGER_NORTH);
        byte[] pdf = packs.pdf(from, to);
        java.nio.file.Files.write(java.nio.file.Path.of("target/evidence-pack-sample.pdf"), pdf); // to look at
        String text = text(pdf);

        assertThat(text).contains("Evidence pack: what families told us, 1 January " + year + " to 31 March " + year)
                .contains("Headline figures").contains("Feedback forms fewer than 5 fewer than 5")
                .contains("Things families wrote (used for themes) 9 fewer than 5");
        String squeezed = text.replace(" ", ""); // a long theme name may wrap anywhere in its cell
        assertThat(squeezed).contains((formulaName + " 6 fewer than 5 fewer than 5").replace(" ", ""));
        assertThat(squeezed).contains((plusName + " fewer than 5 fewer than 5 fewer than 5 fewer than 5 fewer than 5"
                + " fewer than 5").replace(" ", ""));
        // quotes: only behind the theme 6 people spoke about, always redacted
        assertThat(text).contains("told us the " + wordA + " was late again");
        assertThat(text).doesNotContain("Leanne").doesNotContain("Harper").doesNotContain("07700");
        assertThat(text).doesNotContain("Only a few said");
        // the plan, its evidence, and what was published in the period
        assertThat(text).contains(actionTitle).contains("Status: On track")
                .contains("Themes linked as evidence: ");
        assertThat(squeezed).contains(("Themes linked as evidence: " + formulaName).replace(" ", ""));
        assertThat(text).contains(heard).contains("We text the day before.");

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            var catalog = doc.getDocumentCatalog();
            assertThat(catalog.getStructureTreeRoot()).as("tagged").isNotNull();
            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            assertThat(catalog.getLanguage()).isEqualTo("en-GB");
            assertThat(doc.getDocumentInformation().getTitle()).startsWith("Evidence pack");
            int images = 0;
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject) {
                        images++;
                    }
                }
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                }
            }
            assertThat(images).as("the volume and trend charts").isEqualTo(2);
        }
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'EVIDENCE_PACK_EXPORTED' and target = :t")
                .param("t", "evidence-pack:" + from + ".." + to).query(Integer.class).single()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void aPeriodWhoseEveryWeekIsFewerThanFiveIsTrendedByMonth() {
        signIn.as(SignIn.MANAGER_NORTH);
        // one person a week for theme A: weekly, every point would be "fewer than 5" and the chart empty
        var pack = packs.gather(DashboardFilter.of(from, to));
        assertThat(pack.monthly()).isTrue();
        assertThat(pack.trend().allSuppressed()).isFalse();
        assertThat(pack.trend().buckets()).hasSize(3);
        var weekly = org.familyvoice.themes.Dashboard.Granularity.WEEK;
        assertThat(dashboard.trend(DashboardFilter.of(from, to), weekly, EvidencePackService.TOP_THEMES)
                .allSuppressed()).as("the weekly trend it replaces").isTrue();
    }

    @Test
    void onlyManagersExportThePack() {
        for (String who : List.of(SignIn.PRACTITIONER_NORTH, SignIn.PARENT_HARPER, SignIn.ADMIN)) {
            signIn.as(who);
            assertThatThrownBy(() -> packs.pdf(from, to)).as(who).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> packs.csv(from, to)).as(who).isInstanceOf(AccessDeniedException.class);
        }
    }
}

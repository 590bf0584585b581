package org.familyvoice.meetings;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.familyvoice.IntegrationTest;
import org.familyvoice.SignIn;
import org.familyvoice.base.FamilyId;
import org.familyvoice.base.audit.AuditAction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The printed agenda of the Harpers' meeting: the items in order, who wrote what in their own words, a mark where Kai
 * will speak for himself, never a private item, markup printed as typed, and a tagged PDF with title and language.
 */
@IntegrationTest
class AgendaPdfTest {

    @Autowired AgendaService agenda;
    @Autowired ContributionService contributions;
    @Autowired MeetingService meetings;
    @Autowired SignIn signIn;
    @Autowired JdbcClient jdbc;
    @Autowired MeetingFixtures fixtures;

    @AfterEach
    void out() {
        SignIn.out();
    }

    private long version(MeetingId meeting) {
        signIn.as(SignIn.PRACTITIONER_NORTH);
        return agenda.staffAgenda(meeting).agendaVersion();
    }

    private ContributionId add(String who, MeetingId meeting, ContributionKind kind, String text, HeardBy heardBy,
                               Visibility visibility) {
        signIn.as(who);
        return contributions.add(meeting, kind, text, heardBy, visibility);
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void thePrintedAgendaListsTheItemsInOrderInTheFamilysWordsAndNeverAPrivateOne() throws Exception {
        FamilyId harper = fixtures.family(MeetingFixtures.HARPER);
        signIn.as(SignIn.PRACTITIONER_NORTH);
        var invited = List.of(fixtures.member(harper, "Leanne Harper"), fixtures.member(harper, "Kai Harper"));
        MeetingId meeting = meetings.schedule(harper, new MeetingPlan(MeetingType.CHILD_IN_NEED,
                fixtures.ahead(Duration.ofDays(10)), 60,
                "Northgate Family Centre", "https://meet.example.org/harper", invited, List.of()));

        String mum = "Kai's attendance has got better";
        String kai = "I like my new school & my teacher";
        String secret = "I do not want to go to Dad's at weekends";
        String markup = "<script>alert('x')</script> <b>not bold</b>";
        ContributionId p1 = add(SignIn.PARENT_HARPER, meeting, ContributionKind.GOING_WELL, mum, HeardBy.SELF,
                Visibility.EVERYONE);
        ContributionId k1 = add(SignIn.YOUNG_HARPER, meeting, ContributionKind.GOING_WELL, kai, HeardBy.SELF,
                Visibility.EVERYONE);
        ContributionId kp = add(SignIn.YOUNG_HARPER, meeting, ContributionKind.WORRIED_ABOUT, secret, HeardBy.WORKER,
                Visibility.WORKER_ONLY);
        ContributionId km = add(SignIn.YOUNG_HARPER, meeting, ContributionKind.QUESTION, markup, HeardBy.ADVOCATE,
                Visibility.EVERYONE);
        agenda.accept(p1, version(meeting));
        agenda.accept(k1, version(meeting));
        agenda.accept(kp, version(meeting));
        agenda.accept(km, version(meeting));
        agenda.addOwn(meeting, version(meeting), "Next review date");
        signIn.as(SignIn.PRACTITIONER_NORTH);

        byte[] draft = agenda.printable(meeting);
        assertThat(text(draft)).contains("Draft: not yet published");
        agenda.publish(meeting, version(meeting));

        signIn.as(SignIn.PARENT_HARPER);
        byte[] pdf = agenda.printable(meeting);
        String text = text(pdf);
        java.nio.file.Files.write(java.nio.file.Path.of("target/agenda-sample.pdf"), pdf); // to look at
        assertThat(text).doesNotContain("Draft");
        assertThat(text).contains("Agenda: Child in need meeting").contains("Where: Northgate Family Centre")
                .contains("Online: https://meet.example.org/harper");
        // order: Kai's items first, then his mum's, then the worker's
        List<Integer> positions = new ArrayList<>();
        for (String expected : List.of("1. What's going well", "Kai Harper (young person) wrote: " + kai,
                "Kai Harper will say this themselves", "2. Questions I want answered", markup,
                "An advocate will say this for Kai Harper", "3. What's going well",
                "Leanne Harper (parent or carer) wrote: " + mum, "4. From the social worker", "Next review date")) {
            int at = text.indexOf(expected);
            assertThat(at).as(expected + " in: " + text).isGreaterThanOrEqualTo(0);
            positions.add(at);
        }
        assertThat(positions).isSorted();
        // the young person's private item is never printed, not even its heading
        assertThat(text).doesNotContain("weekends").doesNotContain("What I'm worried about");
        assertThat(text.indexOf("will say this themselves")).isEqualTo(text.lastIndexOf("will say this themselves"));

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            var catalog = doc.getDocumentCatalog();
            assertThat(catalog.getStructureTreeRoot()).as("tagged: structure tree").isNotNull();
            assertThat(catalog.getMarkInfo()).isNotNull();
            assertThat(catalog.getMarkInfo().isMarked()).as("tagged: MarkInfo /Marked true").isTrue();
            assertThat(catalog.getLanguage()).isEqualTo("en-GB");
            assertThat(doc.getDocumentInformation().getTitle()).startsWith("Agenda: Child in need meeting");
            assertThat(catalog.getViewerPreferences()).isNotNull();
            assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
            // every font is embedded (PDF/UA): none is left to the reader's system
            for (var page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    assertThat(font.getName()).contains("DejaVu");
                }
            }
        }
        assertThat(jdbc.sql("select count(*) from audit_event where target = :t and action = :a")
                .param("t", "meeting:" + meeting).param("a", AuditAction.AGENDA_EXPORTED.name())
                .query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void textIsEscapedSoMarkupInItIsNeverMarkupInThePage() {
        assertThat(AgendaPdf.escape("<script>alert(\"x\") & 'y'</script>"))
                .isEqualTo("&lt;script&gt;alert(&quot;x&quot;) &amp; &#39;y&#39;&lt;/script&gt;");
        assertThat(AgendaPdf.escape("a\u0000b\uFFFEc 👩‍👧 مرحبا")).isEqualTo("abc 👩‍👧 مرحبا");
    }
}

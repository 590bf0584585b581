package org.familyvoice.it;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.familyvoice.it.ContributionsJourneyIT.add;

/**
 * The whole meeting cycle, as the Harpers and their worker live it. Before the meeting (a meeting Priya schedules
 * here): Kai adds three items on his phone, one only for his worker; Leanne adds one; Priya builds the agenda,
 * puts Kai's items first, adds her own, publishes it and prints it; Leanne reads the published agenda and never
 * sees Kai's private item, nor does the printout. After the meeting (last month's, whose agenda the demo data
 * built, as a browser cannot wait for a meeting to end): Priya records outcomes, an action and the next review and
 * shares the plan; Kai reads it and answers the post-meeting check; Leanne reads the plan without Kai's private
 * words; the North manager sees the answers side by side.
 */
class MeetingCycleIT extends BrowserTest {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    /** Kai's private worry in last month's demo agenda. */
    private static final String DEMO_SECRET = "I get scared when mum and dad argue at night.";

    private static Locator meetingLink(Page page, LocalDate day) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName(Pattern.compile("^See details of the meeting on .*" + DAY.format(day))));
    }

    private static Locator dialogButton(Page page, String name) {
        return page.getByRole(AriaRole.ALERTDIALOG).or(page.getByRole(AriaRole.DIALOG))
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    @Test
    void beforeTheMeetingTheFamilyShapeTheAgendaAndTheirPrivateWordsStayPrivate() throws Exception {
        long stamp = System.nanoTime();
        String wish = "I want to keep my bedroom at mum's " + stamp;
        String secret = "I'm scared of the man who visits mum " + stamp;
        String good = "Football is going really well " + stamp;
        String mine = "Kai's school has been really supportive " + stamp;
        String own = "Check how the new school transport is working " + stamp;

        // Priya schedules a meeting twelve days ahead at 14:00; Leanne and Kai are invited as they have accounts.
        LocalDate day = LocalDate.now(UK).plusDays(12);
        signIn(page, DemoUser.PRACTITIONER);
        link(page, "FV-1001").click();
        button(page, "Schedule a meeting").click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        Locator date = dialog.getByLabel("Date", new Locator.GetByLabelOptions().setExact(true));
        date.fill(day.getDayOfMonth() + "/" + day.getMonthValue() + "/" + day.getYear());
        date.press("Enter");
        Locator time = dialog.getByLabel("Start time", new Locator.GetByLabelOptions().setExact(true));
        time.fill("14:00");
        time.press("Enter");
        dialog.getByLabel("Place", new Locator.GetByLabelOptions().setExact(true)).fill("Northgate Family Centre, Room 3");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Schedule and tell the family")).click();
        assertThat(page.getByText(Pattern.compile("^Meeting scheduled for "))).isVisible();
        meetingLink(page, day).first().click();
        assertThat(heading(page, "The agenda")).isVisible();
        String meeting = pathOf(page);
        signOut(page);

        // Kai, on his phone: three items, one only for his worker, one he will say himself.
        Page kai = newPage(new Browser.NewContextOptions().setViewportSize(390, 844));
        signIn(kai, DemoUser.YOUNG_PERSON);
        open(kai, meeting);
        add(kai, "What I'd like to happen", wish, "I'll say it myself", "Everyone at the meeting");
        add(kai, "What I'm worried about", secret, "My worker can say it for me", "Only my social worker");
        add(kai, "What's going well", good, "I'd like an advocate to say it", "Everyone at the meeting");
        checkpoint(kai, "cycle-1-young-person-adds-three-items-phone");

        // Leanne adds hers.
        Page leanne = newPage(new Browser.NewContextOptions().setViewportSize(1280, 900));
        signIn(leanne, DemoUser.PARENT);
        open(leanne, meeting);
        add(leanne, "What's going well", mine, null, "Everyone at the meeting");
        assertThat(leanne.getByText(secret)).hasCount(0);

        // Priya builds the agenda: Leanne's item first, then Kai's, her own; Kai's items first; publish.
        signIn(page, DemoUser.PRACTITIONER);
        open(page, meeting);
        assertThat(heading(page, "New from the family")).isVisible();
        for (String text : new String[] {mine, wish, secret, good}) {
            Locator accept = page.locator(".fv-contribution").filter(new Locator.FilterOptions().setHasText(text))
                    .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(Pattern.compile("^Put on the agenda: ")));
            accept.click();
            assertThat(accept).hasCount(0);
        }
        field(page, "Your item").fill(own);
        button(page, "Add to the agenda").click();
        assertThat(page.getByText(own)).isVisible();
        button(page, "Young person's items first").click();
        waitForVaadin(page);
        Locator agendaItems = page.locator(".fv-agenda-builder ol > li");
        assertThat(agendaItems).hasCount(5);
        assertThat(agendaItems.nth(0)).containsText(wish);
        assertThat(agendaItems.nth(3)).containsText(mine);
        assertThat(agendaItems.nth(4)).containsText(own);
        checkpoint(page, "cycle-2-practitioner-builds-agenda");
        button(page, "Publish the agenda").click();
        checkpoint(page, "cycle-3-publish-confirm");
        dialogButton(page, "Publish the agenda").click();
        assertThat(page.getByText("The agenda is published and the family have been told.")).isVisible();

        // The printable agenda: in order, in their words, Kai's "says it himself" mark, never the private item.
        Download download = page.waitForDownload(() -> link(page, "Download the printable agenda (PDF)").click());
        Path pdf = SCREENSHOTS.resolve("cycle-agenda.pdf");
        download.saveAs(pdf);
        try (var document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains(wish.substring(0, 20)).contains("Kai Harper (young person) wrote:")
                    .contains("Kai Harper will say this themselves").contains("Leanne Harper (parent or carer) wrote:")
                    .doesNotContain("scared of the man");
            assertThat(text.indexOf("keep my bedroom")).isLessThan(text.indexOf("really supportive"));
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).as("tagged for screen readers").isNotNull();
            ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 80), "png",
                    SCREENSHOTS.resolve("cycle-4-agenda-pdf-page-1.png").toFile());
        }
        checkpoint(page, "cycle-4-agenda-published");

        // Leanne reads the published agenda: Kai's shared items in his words, never his private one.
        leanne.reload();
        assertThat(heading(leanne, "The agenda")).isVisible();
        assertThat(leanne.locator(".fv-family-agenda").getByText(wish)).isVisible();
        assertThat(leanne.locator(".fv-family-agenda").getByText(own)).isVisible();
        assertThat(leanne.getByText(secret)).hasCount(0);
        assertThat(leanne.getByText(Pattern.compile("scared of the man"))).hasCount(0);
        checkpoint(leanne, "cycle-5-parent-sees-published-agenda");

        // Kai sees his own private item on the agenda, as his.
        kai.reload();
        assertThat(heading(kai, "The agenda")).isVisible();
        assertThat(kai.getByText(secret).first()).isVisible();
        assertThat(kai.getByText("You'll say this yourself").first()).isVisible();
        checkpoint(kai, "cycle-6-young-person-sees-agenda-phone");
    }

    @Test
    void afterTheMeetingThePlanIsSharedAndTheYoungPersonSaysHowItWent() {
        LocalDate last = LocalDate.now(UK).minusDays(27);
        String outcome = "Kai stays at Northgate Academy; a taxi takes him from mum's on Mondays.";
        String action = "Book the school taxi for Mondays";

        signIn(page, DemoUser.PRACTITIONER);
        link(page, "FV-1001").click();
        meetingLink(page, last).first().click();
        assertThat(heading(page, "Outcomes and actions")).isVisible();
        String meeting = pathOf(page);
        field(page, "Outcome for item 1").fill(outcome);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the outcome for item 1")).click();
        assertThat(page.getByText("Outcome saved.")).isVisible();
        field(page, "What will be done").fill(action);
        field(page, "Who will do it").fill("Priya (social worker)");
        Locator by = field(page, "By when");
        LocalDate due = LocalDate.now(UK).plusDays(7);
        by.fill(due.getDayOfMonth() + "/" + due.getMonthValue() + "/" + due.getYear());
        by.press("Enter");
        button(page, "Add action").click();
        assertThat(page.getByText("Action added.")).isVisible();
        Locator review = field(page, "Date of the next review");
        LocalDate next = LocalDate.now(UK).plusDays(60);
        review.fill(next.getDayOfMonth() + "/" + next.getMonthValue() + "/" + next.getYear());
        review.press("Enter");
        button(page, "Save review date").click();
        assertThat(page.getByText("Next review date saved.")).isVisible();
        button(page, "Share the plan with the family").click();
        dialogButton(page, "Share the plan").click();
        assertThat(page.getByText("The plan is shared with the family.")).isVisible();
        checkpoint(page, "cycle-7-practitioner-records-outcomes");
        signOut(page);

        // Kai reads the plan and answers the post-meeting check on his phone.
        Page kai = newPage(new Browser.NewContextOptions().setViewportSize(390, 844));
        signIn(kai, DemoUser.YOUNG_PERSON);
        open(kai, meeting);
        assertThat(heading(kai, "Your plan")).isVisible();
        assertThat(kai.getByText(outcome)).isVisible();
        assertThat(kai.getByText(Pattern.compile("Priya \\(social worker\\) will book the school taxi for Mondays")))
                .isVisible();
        checkpoint(kai, "cycle-8-young-person-reads-plan-phone");
        ContributionsJourneyIT.choice(kai, "Did you feel listened to?", "Yes").check();
        ContributionsJourneyIT.choice(kai, "Do you know what happens next?", "A bit").check();
        field(kai, "Anything else? (optional)").fill("I liked that I could go first.");
        button(kai, "Send").click();
        assertThat(kai.getByText("Thanks!").first()).isVisible();
        kai.reload();
        assertThat(kai.getByText("Thanks for telling us how the meeting went.")).isVisible();
        checkpoint(kai, "cycle-9-young-person-answered-check-phone");

        // Leanne reads the plan: never Kai's private words.
        signIn(page, DemoUser.PARENT);
        open(page, meeting);
        assertThat(heading(page, "Your plan")).isVisible();
        assertThat(page.getByText(outcome)).isVisible();
        assertThat(page.getByText(DEMO_SECRET)).hasCount(0);
        checkpoint(page, "cycle-10-parent-reads-plan");
        signOut(page);

        // The North manager: the child's, parent's and practitioner's answers side by side.
        signIn(page, DemoUser.MANAGER_NORTH);
        open(page, meeting);
        Locator sideBySide = page.locator("table").filter(new Locator.FilterOptions().setHasText("Child or young person"));
        assertThat(sideBySide.first()).containsText("I liked that I could go first.");
        checkpoint(page, "cycle-11-manager-meeting-side-by-side");
        open(page, "/meeting-checks");
        assertThat(heading(page, "How meetings went")).isVisible();
        checkpoint(page, "cycle-12-manager-meeting-checks");
    }
}

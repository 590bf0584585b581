package org.familyvoice.it;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The privacy pages as their users meet them: an administrator answers a subject access request (bad searches
 * first), runs the retention job, refuses nonsense in the erasure form and erases a person; a parent stops the use
 * of their words for improvement.
 */
class PrivacyJourneyIT extends BrowserTest {

    private static final List<String> BAD_SEARCHES = List.of(
            "<script>alert('sa')</script>",
            "<img src=x onerror=alert(1)>",
            "' OR 1=1 --",
            "%_%",
            "\uD83D\uDE4F\uD83C\uDFFD",
            "\u0645\u0631\u062D\u0628\u0627 \u05E9\u05DC\u05D5\u05DD",
            "{{7*7}} ${7*7}");

    @Test
    void anAdministratorAnswersASubjectAccessRequestThenErasesThePerson() throws IOException {
        List<String> dialogs = new ArrayList<>();
        page.onDialog(d -> {
            dialogs.add(d.message());
            d.dismiss();
        });
        signIn(page, DemoUser.ADMIN);

        // a person of this test's own, so erasing them takes nothing from the other journeys
        button(page, "New staff account").click();
        field(page, "Name").fill("Rosalind Achterberg");
        field(page, "Username").fill("rosalind.achterberg");
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Practitioner").setExact(true)).check();
        field(page, "Team").fill("South");
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("South Children in Need Team")).click();
        button(page, "Create account").click();
        String password = page.getByTestId("temporary-password").textContent().strip();
        button(page, "Done").click();

        link(page, "Subject access").click();
        assertThat(heading(page, "Subject access export")).isVisible();
        Locator search = field(page, "Find a person");
        // every person found has a download link named after them
        Locator downloads = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName(java.util.regex.Pattern.compile("^Download everything held about ")));
        search.fill("Harper");
        assertThat(downloads.first()).isVisible();   // the search does find people (so the zero counts below mean something)
        for (String bad : BAD_SEARCHES) {
            search.fill(bad);
            waitForVaadin(page);
            assertThat(search).hasValue(bad);
            assertThat(downloads).hasCount(0);
        }
        search.fill("x".repeat(500));
        waitForVaadin(page);
        assertThat(search.inputValue()).as("the field takes no more than it can search").hasSize(120);
        assertThat(downloads).hasCount(0);

        search.fill("Achterberg");
        Locator download = page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Download everything held about Rosalind Achterberg"));
        assertThat(download).isVisible();
        assertThat(downloads).hasCount(1);
        checkpoint(page, "privacy-1-subject-access");
        Download zip = page.waitForDownload(download::click);
        Path saved = SCREENSHOTS.resolve("privacy-subject-access.zip");
        zip.saveAs(saved);
        try (var file = new ZipFile(saved.toFile())) {
            List<String> names = file.stream().map(e -> e.getName()).toList();
            assertThat(names).anyMatch(n -> n.endsWith(".html")).contains("person.json");
            String json = new String(file.getInputStream(file.getEntry("person.json")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertThat(json).contains("rosalind.achterberg").contains("Rosalind Achterberg");
        }

        link(page, "Retention and erasure").click();
        assertThat(heading(page, "Retention and erasure")).isVisible();
        button(page, "Run retention now").click();
        assertThat(page.getByText(java.util.regex.Pattern.compile("Retention job finished: \\d+ records changed\\."))
                .first()).isVisible();

        Locator username = field(page, "Username");
        Locator found = page.locator("#erasure-found");
        for (String bad : List.of("", "   ", "<img src=x onerror=alert(1)>", "' OR 1=1 --", "rosalind.achterberg'--")) {
            username.fill(bad);
            button(page, "Find account").click();
            assertThat(found).hasText("No account has that username.");
            assertThat(button(page, "Erase this person")).hasCount(0);
        }
        username.fill("ROSALIND.Achterberg ");
        button(page, "Find account").click();
        assertThat(found).hasText("Rosalind Achterberg (rosalind.achterberg), Practitioner.");
        checkpoint(page, "privacy-2-erasure-found");
        button(page, "Erase this person").click();
        page.getByRole(AriaRole.ALERTDIALOG).getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Erase this person").setExact(true)).click();
        assertThat(found).containsText("Erased. The account is now erased-");
        checkpoint(page, "privacy-3-erased");
        username.fill("rosalind.achterberg");
        button(page, "Find account").click();
        assertThat(found).hasText("No account has that username.");

        link(page, "Subject access").click();
        field(page, "Find a person").fill("Achterberg");
        waitForVaadin(page);
        assertThat(downloads).hasCount(0);
        assertThat(dialogs).as("no script ran from what was typed").isEmpty();
        signOut(page);

        // the erased account signs nobody in
        openSignIn(page);
        submitSignIn(page, "rosalind.achterberg", password);
        assertThat(field(page, "Username")).isVisible();
        assertThat(heading(page, "Families")).hasCount(0);
        Files.deleteIfExists(saved);
    }

    @Test
    void anAdministratorErasesAFamilyMemberWhoHasNoAccount() {
        String name = "Ignatius Featherstonehaugh";
        signIn(page, DemoUser.PRACTITIONER);
        link(page, "FV-1001").click();
        button(page, "Add a family member").click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        dialog.getByLabel("Name").first().fill(name);
        dialog.getByLabel("Relationship").fill("Uncle");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add").setExact(true)).click();
        assertThat(page.getByText(name).first()).isVisible();
        String family = page.url();
        signOut(page);

        signIn(page, DemoUser.ADMIN);
        link(page, "Retention and erasure").click();
        Locator search = field(page, "Name of the family member");
        Locator said = page.locator("#erasure-members-found");
        search.fill("<svg/onload=alert(1)>");
        button(page, "Find family member").click();
        assertThat(said).hasText("No family member without an account has that name.");
        search.fill("featherstone");
        button(page, "Find family member").click();
        assertThat(said).hasText("1 found. Check the family before you erase.");
        assertThat(page.getByText(name + " (Uncle), family FV-1001")).isVisible();
        checkpoint(page, "privacy-6-member-found");
        button(page, "Erase " + name + " of family FV-1001").click();
        page.getByRole(AriaRole.ALERTDIALOG).getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Erase this person").setExact(true)).click();
        assertThat(said).containsText("Erased. The family member is now shown as \"Erased person\"");
        signOut(page);

        signIn(page, DemoUser.PRACTITIONER);
        page.navigate(family);
        assertThat(heading(page, "The Harper family")).isVisible();
        waitForVaadin(page);
        assertThat(page.getByText(name)).hasCount(0);
    }

    @Test
    void aParentStopsTheUseOfTheirWordsForImprovement() {
        String words = "The family group conference helped us plan together " + System.nanoTime();
        signIn(page, DemoUser.PARENT);
        open(page, "/my-feedback/new");
        field(page, "What went well?").fill(words);
        page.getByLabel("You may use my words, without my name, to help improve services").check();
        button(page, "Send feedback").click();
        String reference = page.getByTestId("feedback-reference").innerText().strip();

        link(page, "See all your feedback and replies").click();
        assertThat(heading(page, "My feedback")).isVisible();
        Locator stop = button(page, "Stop using the words of feedback " + reference);
        assertThat(stop).isVisible();
        stop.click();
        Locator dialog = page.getByRole(AriaRole.ALERTDIALOG);
        assertThat(dialog.getByText("Stop using these words?")).isVisible();
        checkpoint(page, "privacy-4-stop-using-words");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Stop using my words").setExact(true))
                .click();
        assertThat(page.getByText("We will no longer use these words to improve services.").first()).isVisible();
        assertThat(stop).hasCount(0);

        page.reload();
        assertThat(heading(page, "My feedback")).isVisible();
        assertThat(page.getByText(words)).isVisible();
        assertThat(button(page, "Stop using the words of feedback " + reference)).hasCount(0);
        Locator card = page.locator("article").filter(new Locator.FilterOptions().setHasText("Reference " + reference));
        assertThat(card.getByText(java.util.regex.Pattern.compile(
                "^On .* you asked us to stop using these words to improve services\\. We no longer use them\\.$")))
                .isVisible();
        checkpoint(page, "privacy-5-words-no-longer-used");
    }
}

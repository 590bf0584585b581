package org.familyvoice.it;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A young person adds a shared and a private item to the Harper family's coming meeting; their mum sees the shared
 * one and never the private one; their worker sees both, the private one marked "Only for you".
 */
class ContributionsJourneyIT extends BrowserTest {

    static Locator choice(Page page, String group, String option) {
        return page.getByRole(AriaRole.RADIOGROUP, new Page.GetByRoleOptions().setName(group))
                .getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName(option).setExact(true));
    }

    static void add(Page page, String kind, String text, String heardBy, String visibleTo) {
        choice(page, "What is it about?", kind).check();
        field(page, "What do you want to say?").fill(text);
        if (heardBy != null) {
            choice(page, "How do you want this heard?", heardBy).check();
        }
        choice(page, "Who can see this?", visibleTo).check();
        button(page, "Add").click();
        assertThat(page.getByText("Added. Your social worker has been told.").last()).isVisible();
        assertThat(page.getByText(text).first()).isVisible();
        waitForVaadin(page);
    }

    @Test
    void aYoungPersonsPrivateItemReachesTheWorkerButNeverTheirMum() {
        long stamp = System.nanoTime();
        String shared = "I'd like to keep going to football on Saturdays " + stamp;
        String secret = "I don't want to see dad at weekends " + stamp;

        Page kai = newPage(new Browser.NewContextOptions().setViewportSize(390, 844));
        signIn(kai, DemoUser.YOUNG_PERSON);
        open(kai, "/my-meetings");
        kai.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("See details")).first().click();
        assertThat(heading(kai, "What I want to talk about")).isVisible();
        String meeting = pathOf(kai);
        add(kai, "What I'd like to happen", shared, "I'll say it myself", "Everyone at the meeting");
        add(kai, "What I'm worried about", secret, "My worker can say it for me", "Only my social worker");
        assertThat(kai.getByText(secret)).isVisible();
        checkpoint(kai, "contributions-1-young-person-phone");

        signIn(page, DemoUser.PARENT);
        open(page, meeting);
        assertThat(heading(page, "What I want to talk about")).isVisible();
        assertThat(page.getByText(shared)).isVisible();
        assertThat(page.getByText(secret)).hasCount(0);
        checkpoint(page, "contributions-2-parent-sees-shared-only");
        signOut(page);

        // the worker on a computer of their own (a sign-in straight after another's sign-out on one page was sent
        // back to the sign-in page in two CI runs on 2026-12-04, not reproduced locally: see the closing note)
        Page priya = newPage(new Browser.NewContextOptions());
        signIn(priya, DemoUser.PRACTITIONER);
        open(priya, meeting);
        assertThat(heading(priya, "New from the family")).isVisible();
        assertThat(priya.getByText(shared)).isVisible();
        assertThat(priya.getByText(secret)).isVisible();
        assertThat(priya.getByText("Only for you").first()).isVisible();
        checkpoint(priya, "contributions-3-worker-sees-all");
    }
}

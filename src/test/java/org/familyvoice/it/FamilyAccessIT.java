package org.familyvoice.it;

import com.microsoft.playwright.Browser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Typing another family's address shows "Page not found", exactly like an address that does not exist,
 * and nothing of that family.
 */
class FamilyAccessIT extends BrowserTest {

    private static String adeyemiFamilyPath;

    /** The South team's manager can see FV-2001; the link in the Families grid carries its id. */
    @BeforeEach
    void findAdeyemiFamily() {
        if (adeyemiFamilyPath != null) {
            return;
        }
        var manager = newPage(new Browser.NewContextOptions());
        signIn(manager, DemoUser.MANAGER);
        String href = link(manager, "FV-2001").getAttribute("href");
        assertNotNull(href);
        assertTrue(href.matches("families/\\d+"), "link to a family: " + href);
        adeyemiFamilyPath = "/" + href;
        signOut(manager);
    }

    @Test
    void parentTypingAnotherFamilysAddressSeesNotFound() {
        signIn(page, DemoUser.PARENT);
        open(page, adeyemiFamilyPath);
        assertNotFound();
        checkpoint(page, "access-parent-other-family");

        link(page, "Go to your home page").click();
        assertThat(page).hasURL(app.url(DemoUser.PARENT.homePath));
        assertThat(heading(page, DemoUser.PARENT.homeHeading)).isVisible();
    }

    @Test
    void practitionerTypingAnotherTeamsFamilyAddressSeesNotFound() {
        signIn(page, DemoUser.PRACTITIONER);
        open(page, adeyemiFamilyPath);
        assertNotFound();
        checkpoint(page, "access-practitioner-other-team");

        link(page, "Go to your home page").click();
        assertThat(page).hasURL(app.url(DemoUser.PRACTITIONER.homePath));
        assertThat(link(page, "FV-1001")).isVisible();
        assertThat(link(page, "FV-2001")).hasCount(0);
    }

    private void assertNotFound() {
        assertThat(heading(page, "Page not found")).isVisible();
        assertThat(page.getByText("The Adeyemi family")).hasCount(0);
        assertThat(page.getByText("Grace Adeyemi")).hasCount(0);
        assertThat(page.getByText("FV-2001")).hasCount(0);
    }
}

package org.familyvoice.it;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A practitioner invites a parent who has no account yet; the parent follows the link, makes an account
 * and signs in to their family's page. The code works once only.
 */
class InvitationJourneyIT extends BrowserTest {

    private static final String CODE_REFUSED =
            "This code cannot be used. Check it with your worker, who can send you a new one.";
    private static final String USERNAME = "tom.harper";
    private static final String PASSWORD = "kettle-garden-lantern";

    @Test
    void invitedParentJoinsAndSignsInAndTheCodeWorksOnlyOnce() {
        // The practitioner creates the invitation for Tom Harper
        signIn(page, DemoUser.PRACTITIONER);
        link(page, "FV-1001").click();
        assertThat(heading(page, "The Harper family")).isVisible();
        checkpoint(page, "invitation-1-family-page");

        button(page, "Create an invitation for Tom Harper").click();
        assertThat(page.getByText("Invitation for Tom Harper")).isVisible();
        String code = page.getByTestId("invitation-code").innerText().strip();
        String link = page.getByTestId("invitation-link").innerText().strip();
        assertTrue(code.matches("[A-Z0-9]{5}-[A-Z0-9]{5}"), "invitation code looks like XXXXX-XXXXX: " + code);
        assertEquals(app.url("/join?code=" + code), link);
        checkpoint(page, "invitation-2-code-dialog");

        button(page, "Done").click();
        assertThat(page.getByText("Waiting to be used")).isVisible();
        signOut(page);

        // Tom, in a browser of his own, follows the link
        Page tom = newPage(new Browser.NewContextOptions());
        tom.navigate(link);
        assertThat(heading(tom, "Join Family Voice")).isVisible();
        assertThat(tom.getByText("Hello Tom Harper, welcome.")).isVisible();
        assertThat(field(tom, "Invitation code")).hasValue(code);
        checkpoint(tom, "invitation-3-join-form");

        field(tom, "Choose a username").fill(USERNAME);
        field(tom, "Choose a password").fill(PASSWORD);
        field(tom, "Type the password again").fill(PASSWORD);
        button(tom, "Create my account").click();
        assertThat(heading(tom, "You are all set")).isVisible();
        assertThat(tom.getByText("Sign in with your username " + USERNAME)).isVisible();
        checkpoint(tom, "invitation-4-all-set");

        link(tom, "Go to sign in").click();
        assertThat(tom).hasURL(app.url("/login"));
        assertThat(field(tom, "Username")).isVisible();
        submitSignIn(tom, USERNAME, PASSWORD);
        assertThat(tom).hasURL(app.url("/my-family"));
        assertThat(heading(tom, "Welcome, Tom Harper")).isVisible();
        assertThat(heading(tom, "The Harper family")).isVisible();
        checkpoint(tom, "invitation-5-tom-home");
        signOut(tom);

        // The same code a second time, by anyone, is refused
        Page again = newPage(new Browser.NewContextOptions());
        again.navigate(link);
        assertThat(heading(again, "Join Family Voice")).isVisible();
        assertCodeRefused(again);
        assertThat(again.getByText("Hello Tom Harper, welcome.")).hasCount(0);
        field(again, "Choose a username").fill("tom.harper.again");
        field(again, "Choose a password").fill(PASSWORD);
        field(again, "Type the password again").fill(PASSWORD);
        button(again, "Create my account").click();
        assertCodeRefused(again);
        assertThat(heading(again, "You are all set")).hasCount(0);
        checkpoint(again, "invitation-6-code-used-again");
    }

    /** The code field says the code cannot be used, on screen and to screen readers. */
    private static void assertCodeRefused(Page page) {
        Locator code = field(page, "Invitation code");
        assertThat(code).hasAttribute("aria-invalid", "true");
        assertThat(code).hasAccessibleDescription(containing(CODE_REFUSED));
        assertThat(page.getByText(CODE_REFUSED).first()).isVisible();
    }
}

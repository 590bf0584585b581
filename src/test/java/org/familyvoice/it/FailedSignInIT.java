package org.familyvoice.it;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Wrong details keep the person on the sign-in page with one calm message, and the message for an
 * account that does not exist is exactly the same, so nobody can learn which usernames exist.
 */
class FailedSignInIT extends BrowserTest {

    private static final String ERROR_TITLE = "Those details did not work";
    private static final String ERROR_TEXT =
            "Check your username and password and try again. Letters in passwords must match exactly.";

    @Test
    void wrongPasswordAndUnknownUsernameGetTheSameMessage() {
        String wrongPassword = attempt("parent.novak", "not-the-right-password");
        assertEquals("/login", pathOf(page));
        checkpoint(page, "sign-in-failed-1-wrong-password");

        String unknownUser = attempt("nobody.here", DemoUser.PASSWORD);
        assertEquals("/login", pathOf(page));
        checkpoint(page, "sign-in-failed-2-unknown-username");

        assertEquals(wrongPassword, unknownUser, "the message must not tell whether the account exists");
    }

    @Test
    void repeatedFailuresLockTheAccountEvenForTheRightPasswordWithACalmMessage() {
        // Six failures lock the account name for 15 minutes. The app under test slows a name down for 2 seconds
        // after its fifth failure (see RunningApp) and a try refused then does not count, so the sixth waits.
        attempt("parent.walsh", "guessing number 0");
        for (int i = 1; i < 6; i++) {
            if (i == 5) {
                page.waitForTimeout(2_500);
            }
            openSignIn(page);
            submitSignIn(page, "parent.walsh", "guessing number " + i);
            page.waitForURL("**/login?error");
        }
        openSignIn(page);
        submitSignIn(page, "parent.walsh", DemoUser.PASSWORD);
        page.waitForURL("**/login?error");
        Locator form = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Sign in"));
        assertThat(form.getByText("Too many tries", new Locator.GetByTextOptions().setExact(true))).isVisible();
        assertThat(form.getByText(containing("Please wait a few minutes, then try again."))).isVisible();
        checkpoint(page, "sign-in-failed-3-too-many-tries");
    }

    /** Signs in from a clean sign-in page with the given details, and returns the error it then shows. */
    private String attempt(String username, String password) {
        openSignIn(page);
        Locator form = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Sign in"));
        Locator title = form.getByText(ERROR_TITLE, new Locator.GetByTextOptions().setExact(true));
        assertThat(title).isHidden();
        submitSignIn(page, username, password);
        // the form posts, and the browser comes back to the sign-in page with ?error
        page.waitForURL("**/login?error");
        assertThat(title).isVisible();
        assertThat(form.getByText(ERROR_TEXT, new Locator.GetByTextOptions().setExact(true))).isVisible();
        assertThat(field(page, "Username")).isVisible();
        // everything the error box says, as the person reads it
        return form.locator("[part='error-message']").innerText().strip();
    }
}

package org.familyvoice.it;

import com.microsoft.playwright.Response;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * After signing out on a shared computer, the browser's back button shows nothing private: every page gone back to
 * asks for a sign-in again (private pages are sent with no-store, and the session is over).
 */
class SignOutIT extends BrowserTest {

    @Test
    void afterSigningOutTheBackButtonShowsNothingPrivate() {
        String privateWords = "Priya rang me back the same day and explained what the plan meant for Kai.";
        signIn(page, DemoUser.PARENT);
        link(page, "My feedback").click();
        assertThat(heading(page, "My feedback")).isVisible();
        assertThat(page.getByText(privateWords)).isVisible();
        link(page, "My meetings").click();
        assertThat(heading(page, "Your meetings")).isVisible();
        signOut(page);

        List<String> wentBackTo = new ArrayList<>();
        for (int back = 1; back <= 3; back++) {
            Response response = page.goBack();
            assertNotNull(response, "the back button went to an earlier page (" + back + ")");
            var first = response.request();
            while (first.redirectedFrom() != null) {
                first = first.redirectedFrom();
            }
            wentBackTo.add(URI.create(first.url()).getPath());
            assertThat(field(page, "Username")).isVisible();
            assertThat(page.getByText(privateWords)).hasCount(0);
            assertThat(heading(page, "My feedback")).hasCount(0);
            assertThat(heading(page, "Your meetings")).hasCount(0);
        }
        // the private pages were asked for again (not shown from the browser's cache) and answered with the sign-in
        assertThat(wentBackTo).as("pages gone back to").contains("/my-meetings", "/my-feedback");
        checkpoint(page, "sign-out-back-button");
    }
}

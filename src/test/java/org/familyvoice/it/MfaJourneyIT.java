package org.familyvoice.it;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.familyvoice.accounts.Totp;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A practitioner sets up two-step sign-in from their account page (QR code and key on screen, recovery codes shown
 * once), signs out, signs in with a code from the app, and uses a recovery code, which works once only. While the
 * second step is pending, a private page typed into the address bar leads back to the two-step page.
 */
class MfaJourneyIT extends BrowserTest {

    /** A demo practitioner no other browser test signs in as (her sign-in changes here). */
    private static final String USERNAME = "practitioner.south2";

    @Test
    void aPractitionerSetsUpTwoStepSignInAndUsesItAndARecoveryCodeOnce() {
        openSignIn(page);
        submitSignIn(page, USERNAME, DemoUser.PASSWORD);
        assertThat(heading(page, "Families")).isVisible();

        link(page, "Change password").click();
        assertThat(heading(page, "Change your password")).isVisible();
        link(page, "Set up two-step sign-in").click();
        assertThat(heading(page, "Two-step sign-in")).isVisible();
        assertThat(page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions()
                .setName("QR code to scan with your authenticator app. If you cannot scan it, type the key shown "
                        + "below it."))).isVisible();
        String secret = page.locator(".fv-mfa-key").textContent().replace(" ", "");
        assertEquals(32, secret.length(), "a 160-bit key in Base32");
        checkpoint(page, "mfa-1-set-up");

        field(page, "Code from your app").fill(nextCode(USERNAME, secret));
        button(page, "Confirm").click();
        assertThat(heading(page, "Your recovery codes")).isVisible();
        List<String> codes = page.locator(".fv-mfa-codes li").allTextContents();
        assertEquals(10, codes.size());
        checkpoint(page, "mfa-2-recovery-codes");
        button(page, "I have kept my recovery codes").click();
        assertThat(page.getByText("Two-step sign-in is on", new Page.GetByTextOptions())).isVisible();
        signOut(page);

        // the password is not enough any more
        openSignIn(page);
        submitSignIn(page, USERNAME, DemoUser.PASSWORD);
        assertThat(heading(page, "Two-step sign-in")).isVisible();
        assertEquals("/sign-in/two-step", pathOf(page));
        open(page, "/families");
        assertThat(heading(page, "Two-step sign-in")).isVisible();
        assertEquals("/sign-in/two-step", pathOf(page), "a private page by address leads back to the second step");
        String wrong = Totp.code(secret, Instant.now()).equals("000000") ? "111111" : "000000";
        field(page, "Code from your app, or a recovery code").fill(wrong);
        button(page, "Continue").click();
        assertThat(page.getByText("That code is not right", new Page.GetByTextOptions()).first()).isVisible();
        checkpoint(page, "mfa-3-wrong-code");
        field(page, "Code from your app, or a recovery code").fill(nextCode(USERNAME, secret));
        button(page, "Continue").click();
        assertThat(heading(page, "Families")).isVisible();
        // the home page is reached through "/", which forwards: wait for the address rather than read it at once
        assertThat(page).hasURL(address("/families"));
        signOut(page);

        // a recovery code instead of the phone: once
        openSignIn(page);
        submitSignIn(page, USERNAME, DemoUser.PASSWORD);
        field(page, "Code from your app, or a recovery code").fill(codes.getFirst());
        button(page, "Continue").click();
        assertThat(heading(page, "Families")).isVisible();
        signOut(page);

        openSignIn(page);
        submitSignIn(page, USERNAME, DemoUser.PASSWORD);
        field(page, "Code from your app, or a recovery code").fill(codes.getFirst());
        button(page, "Continue").click();
        assertThat(page.getByText("That code is not right", new Page.GetByTextOptions()).first()).isVisible();
        assertEquals("/sign-in/two-step", pathOf(page));
        field(page, "Code from your app, or a recovery code").fill(codes.get(1));
        button(page, "Continue").click();
        assertThat(heading(page, "Families")).isVisible();
        checkpoint(page, "mfa-4-signed-in-with-recovery-code");

        // 8 codes left: new ones, with a code from the app; the old ones stop working
        open(page, "/account/two-step");
        assertThat(page.getByText("Recovery codes left: 8")).isVisible();
        Locator forCodes = field(page, "Code from your app, for new recovery codes");
        forCodes.fill("\u0661\u0662\u0663\u0664\u0665\u0666");   // Arabic-Indic digits are not a code
        button(page, "Get new recovery codes").click();
        assertThat(forCodes).hasAttribute("aria-invalid", "true");
        assertThat(page.getByText("That code is not right", new Page.GetByTextOptions()).first()).isVisible();
        forCodes.fill(nextCode(USERNAME, secret));
        button(page, "Get new recovery codes").click();
        assertThat(heading(page, "Your recovery codes")).isVisible();
        List<String> fresh = page.locator(".fv-mfa-codes li").allTextContents();
        assertEquals(10, fresh.size());
        assertThat(fresh).doesNotContainAnyElementsOf(codes);
        checkpoint(page, "mfa-5-new-recovery-codes");
        button(page, "I have kept my recovery codes").click();
        assertThat(page.getByText("Recovery codes left: 10")).isVisible();
        signOut(page);

        openSignIn(page);
        submitSignIn(page, USERNAME, DemoUser.PASSWORD);
        field(page, "Code from your app, or a recovery code").fill(codes.get(2));
        button(page, "Continue").click();
        assertThat(page.getByText("That code is not right", new Page.GetByTextOptions()).first()).isVisible();
        field(page, "Code from your app, or a recovery code").fill(fresh.get(2));
        button(page, "Continue").click();
        assertThat(heading(page, "Families")).isVisible();

        // a practitioner may turn it off again; then the password alone signs in
        open(page, "/account/two-step");
        field(page, "Code from your app, to turn it off").fill(nextCode(USERNAME, secret));
        checkpoint(page, "mfa-6-turn-off");
        button(page, "Turn off two-step sign-in").click();
        assertThat(page.getByText("Two-step sign-in is off. You sign in with your password only.")).isVisible();
        assertThat(button(page, "Confirm")).isVisible();   // the set-up form again
        signOut(page);
        openSignIn(page);
        submitSignIn(page, USERNAME, DemoUser.PASSWORD);
        assertThat(heading(page, "Families")).isVisible();
    }
}

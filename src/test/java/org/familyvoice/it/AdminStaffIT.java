package org.familyvoice.it;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The administrator makes a staff account; the new practitioner signs in with the temporary password, is
 * made to choose their own, and lands on their home. The audit trail shows what happened.
 */
class AdminStaffIT extends BrowserTest {

    @Test
    void anAdministratorCreatesAPractitionerWhoChoosesTheirOwnPassword() {
        signIn(page, DemoUser.ADMIN);
        // every row's actions are on screen, not cut off at the right
        assertThat(button(page, "Deactivate the account of Sam Okoro")).isInViewport();

        button(page, "New staff account").click();
        field(page, "Name").fill("Nadia Hussain");
        field(page, "Username").fill("nadia.hussain");
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Practitioner").setExact(true)).check();
        field(page, "Team").fill("North");
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("North Children in Need Team")).click();
        checkpoint(page, "admin-1-new-staff-form");
        button(page, "Create account").click();

        Locator temporary = page.getByTestId("temporary-password");
        assertThat(temporary).isVisible();
        String password = temporary.textContent().strip();
        checkpoint(page, "admin-2-temporary-password");
        button(page, "Done").click();
        assertThat(page.getByText("nadia.hussain", new Page.GetByTextOptions().setExact(true))).isVisible();
        signOut(page);

        openSignIn(page);
        submitSignIn(page, "nadia.hussain", password);
        assertThat(page).hasURL(address("/account/password"));
        assertThat(page.getByText("You signed in with a temporary password", new Page.GetByTextOptions())).isVisible();
        field(page, "Current password").fill(password);
        field(page, "New password").fill("orange kites at dawn");
        field(page, "Type the password again").fill("orange kites at dawn");
        checkpoint(page, "admin-3-choose-password");
        button(page, "Save new password").click();
        assertThat(page).hasURL(address("/families"));
        assertEquals("/families", pathOf(page));
        assertThat(heading(page, "Families")).isVisible();
        checkpoint(page, "admin-4-new-practitioner-home");
        signOut(page);

        signIn(page, DemoUser.ADMIN);
        link(page, "Audit trail").click();
        assertThat(heading(page, "Audit trail")).isVisible();
        assertThat(page.getByText("Password changed").first()).isVisible();
        assertThat(page.getByText("Account created").first()).isVisible();
        checkpoint(page, "admin-5-audit-trail");
    }
}

package org.familyvoice.it;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Each role signs in, lands on its own home, sees only the menu entries it may open, and signs out. */
class SignInByRoleIT extends BrowserTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(DemoUser.class)
    void signsInToTheirHomeWithTheirMenuAndSignsOut(DemoUser user) {
        String shot = "sign-in-" + user.name().toLowerCase().replace('_', '-');
        openSignIn(page);
        checkpoint(page, shot + "-1-login");

        submitSignIn(page, user.username, DemoUser.PASSWORD);
        if (user.twoStep) {
            assertThat(heading(page, "Two-step sign-in")).isVisible();
            checkpoint(page, shot + "-1b-two-step");
        }
        passSecondStep(page, user);
        assertThat(page).hasURL(app.url(user.homePath));
        assertEquals(user.homePath, pathOf(page));
        assertThat(heading(page, user.homeHeading)).isVisible();
        assertThat(page.getByText(user.homeText, new Page.GetByTextOptions().setExact(true))).isVisible();
        assertThat(page.getByText(user.displayName + " (" + user.roleName + ")")).isVisible();

        Locator menu = page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main menu"));
        assertThat(menu).isVisible();
        for (String entry : user.menuShown) {
            assertThat(menu.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(entry).setExact(true)))
                    .isVisible();
        }
        for (String entry : user.menuHidden) {
            assertThat(menu.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(entry).setExact(true)))
                    .hasCount(0);
            assertThat(menu.getByText(entry, new Locator.GetByTextOptions().setExact(true))).hasCount(0);
        }
        checkpoint(page, shot + "-2-home");

        signOut(page);
        assertEquals("/login", pathOf(page));
        checkpoint(page, shot + "-3-signed-out");
    }
}

package org.familyvoice.it;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * On a small phone (360 px wide) the pages fit the screen: nothing needs scrolling sideways, and the end
 * of a long page can be reached without the navbar covering it.
 */
class PhoneLayoutIT extends BrowserTest {

    private static final int WIDTH = 360;

    /** Whether the middle of the element's last line is what a tap there would hit (nothing lies on top of it). */
    private static final String UNCOVERED = """
            el => {
              const r = el.getBoundingClientRect();
              const hit = document.elementFromPoint(r.left + r.width / 2, r.bottom - 4);
              return r.bottom <= window.innerHeight && hit !== null && (hit === el || el.contains(hit));
            }""";

    @Test
    void parentHomeFitsA360PixelPhone() {
        Page phone = newPage(new Browser.NewContextOptions()
                .setViewportSize(WIDTH, 740).setIsMobile(true).setHasTouch(true).setDeviceScaleFactor(2));
        openSignIn(phone);
        assertNoHorizontalScrolling(phone, "the sign-in page");
        checkpoint(phone, "phone-1-login");

        submitSignIn(phone, DemoUser.PARENT.username, DemoUser.PASSWORD);
        assertThat(phone).hasURL(app.url(DemoUser.PARENT.homePath));
        assertThat(heading(phone, DemoUser.PARENT.homeHeading)).isVisible();
        assertThat(button(phone, "Sign out")).isVisible();
        assertNoHorizontalScrolling(phone, "the parent's home page");
        checkpoint(phone, "phone-2-parent-home");

        // the help card comes last on the page: scrolled to the end, its last line is in view and uncovered
        Locator lastLine = phone.getByText(containing("Evenings, nights and weekends: "));
        phone.keyboard().press("End");
        phone.waitForFunction(UNCOVERED, lastLine.elementHandle());
        assertThat(heading(phone, "Need help now?")).isInViewport();
        phone.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("phone-3-parent-home-end.png")));
    }

    private static void assertNoHorizontalScrolling(Page page, String what) {
        int scrollWidth = ((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue();
        assertTrue(scrollWidth <= WIDTH + 1,
                what + " is " + scrollWidth + " px wide on a " + WIDTH + " px screen: it scrolls sideways");
    }
}

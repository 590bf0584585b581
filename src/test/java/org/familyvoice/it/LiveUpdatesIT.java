package org.familyvoice.it;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Server push in a real browser: the worker has the Harpers' coming meeting open; Leanne, in another browser, adds
 * an item; the worker's page shows it and their bell counts one more, without reloading or clicking anything.
 */
class LiveUpdatesIT extends BrowserTest {

    private static String bellName(Page page) {
        return page.locator(".fv-bell").getAttribute("aria-label");
    }

    private static int unread(String bellName) {
        var m = Pattern.compile("Notifications: (\\d+) new").matcher(bellName);
        return m.matches() ? Integer.parseInt(m.group(1)) : 0;
    }

    @Test
    void theWorkerSeesTheFamilysNewItemArriveWithoutReloading() {
        String text = "Can we talk about Kai's bus pass? " + System.nanoTime();

        Page leanne = newPage(new Browser.NewContextOptions());
        signIn(leanne, DemoUser.PARENT);
        open(leanne, "/my-meetings");
        leanne.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("See details")).first().click();
        assertThat(heading(leanne, "What I want to talk about")).isVisible();
        String meeting = pathOf(leanne);

        List<String> sockets = new CopyOnWriteArrayList<>();
        page.onWebSocket(socket -> sockets.add(socket.url()));
        signIn(page, DemoUser.PRACTITIONER);
        open(page, meeting);
        assertThat(heading(page, "New from the family")).isVisible();
        waitForVaadin(page);
        int before = unread(bellName(page));
        page.evaluate("() => { window.fvStillThisPage = true; }"); // gone if the page reloads

        ContributionsJourneyIT.choice(leanne, "What is it about?", "Questions I want answered").check();
        field(leanne, "What do you want to say?").fill(text);
        ContributionsJourneyIT.choice(leanne, "Who can see this?", "Everyone at the meeting").check();
        button(leanne, "Add").click();
        assertThat(leanne.getByText("Added. Your social worker has been told.")).isVisible();

        // the worker did nothing: the item and the new count arrive by push
        assertThat(page.getByText(text)).isVisible();
        assertThat(page.locator(".fv-bell")).hasAttribute("aria-label", "Notifications: " + (before + 1) + " new");
        assertThat(page.locator(".fv-bell-badge")).hasText(Integer.toString(before + 1));
        assertThat(page.getByRole(AriaRole.STATUS).filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("You have a new notification"))).hasCount(1);
        assertThat(page.getByRole(AriaRole.STATUS).filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("What the family sent was brought up to date: 1 new item."))).hasCount(1);
        assertEquals(Boolean.TRUE, page.evaluate("() => window.fvStillThisPage === true"), "the page was reloaded");
        // through Spring Security's filters and the Content-Security-Policy: a WebSocket, not the long-polling fallback
        assertTrue(sockets.stream().anyMatch(url -> url.contains("/VAADIN/push")), "push WebSocket: " + sockets);
        checkpoint(page, "live-1-worker-sees-new-item");
    }
}

package org.familyvoice.it;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Closing the loop (issue #5), as the North manager and Leanne Harper live it: Morgan adds an improvement action,
 * looks at what South's families say on the themes dashboard, reads the words behind a theme (another team's
 * families, so redacted), links a quote to the action, then writes and publishes a "you said, we did" entry that
 * links Leanne's words. Anyone can read the entry from the sign-in page without signing in; Leanne, who agreed to be
 * contacted, finds a notification that leads to it.
 */
class ThemesJourneyIT extends BrowserTest {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    /** Leanne's demo feedback, given with leave to use her words and to contact her. */
    private static final String LEANNE_WORDS = "meeting letters sooner";
    /** South's workers: none of their names may show in a quote a North manager reads. */
    private static final List<String> SOUTH_NAMES = List.of("Dana", "Whitfield", "Ayesha", "Rahman", "Hannah", "Boyd",
            "Sophie", "Marsh", "Adeyemi", "Walsh");
    private static final String NOTIFICATION =
            "Something you told us helped change what we do. See \u201cYou said, we did\u201d.";

    private static Locator dialogButton(Page page, String name) {
        return page.getByRole(AriaRole.ALERTDIALOG).or(page.getByRole(AriaRole.DIALOG))
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    private static String typed(LocalDate day) {
        return day.getDayOfMonth() + "/" + day.getMonthValue() + "/" + day.getYear();
    }

    private static void typeDate(Locator field, LocalDate day) {
        field.fill(typed(day));
        field.press("Enter");
    }

    private static Locator menuLink(Page page, String name) {
        return page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main menu"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    @Test
    void aManagerClosesTheLoopAndAParentHearsWhatChanged() {
        long stamp = System.nanoTime();
        String actionTitle = "Send meeting letters a week ahead " + stamp;
        String heard = "Meeting letters came too late to plan around work and school " + stamp;
        String did = "Every meeting letter now goes out at least a week before the meeting " + stamp;
        LocalDate today = LocalDate.now(UK);

        // An action in the improvement plan to link evidence to (the demo plan has areas but no actions yet).
        signIn(page, DemoUser.MANAGER_NORTH);
        menuLink(page, "Improvement plan").click();
        assertThat(heading(page, "Improvement plan")).isVisible();
        button(page, "Add an action to Working with families").click();
        Locator actionDialog = page.getByRole(AriaRole.DIALOG);
        actionDialog.getByLabel("What will be done", new Locator.GetByLabelOptions().setExact(true)).fill(actionTitle);
        actionDialog.getByLabel("Owner", new Locator.GetByLabelOptions().setExact(true)).fill("Head of Service, North");
        typeDate(actionDialog.getByLabel("Due by", new Locator.GetByLabelOptions().setExact(true)), today.plusMonths(2));
        dialogButton(page, "Save action").click();
        assertThat(page.getByText("Action \"" + actionTitle + "\" added.")).isVisible();

        // The themes dashboard, narrowed to South: the choice goes into the address, the figures follow.
        menuLink(page, "Themes").click();
        assertThat(heading(page, "Themes: what families are telling us")).isVisible();
        assertThat(heading(page, "At a glance")).isVisible();
        assertThat(page).hasURL(Pattern.compile("/dashboard"));
        field(page, "Team").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("South Children in Need Team")).click();
        assertThat(page).hasURL(Pattern.compile("/dashboard\\?(.*&)?team=\\d+"));
        assertThat(page.locator(".fv-themes-showing")).containsText("South Children in Need Team");
        assertThat(heading(page, "At a glance")).isVisible();
        checkpoint(page, "themes-1-dashboard-south");

        // The words behind the most talked-about theme: South's families are not Morgan's, so every quote is redacted.
        Locator firstTheme = page.locator("table.fv-themes-table th[scope=row] a").first();
        String theme = firstTheme.textContent().strip();
        firstTheme.click();
        assertThat(heading(page, "What families said: " + theme)).isVisible();
        assertThat(page).hasURL(Pattern.compile("/dashboard/quotes\\?(.*&)?team=\\d+"));
        Locator quotes = page.locator(".fv-quote");
        assertThat(quotes.first()).isVisible();
        assertThat(quotes.first().locator(".fv-quote-redacted")).hasText("Redacted");
        assertThat(page.locator(".fv-quote-redacted")).hasCount(quotes.count());
        for (String text : page.locator(".fv-quote-text").allTextContents()) {
            for (String name : SOUTH_NAMES) {
                assertThat(text).as("a redacted quote").doesNotContainPattern("\\b" + name + "\\b");
            }
        }
        checkpoint(page, "themes-2-quotes-redacted");

        // The first quote becomes evidence for the new action.
        quotes.first().getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName(Pattern.compile("^Link the words of .+ to an improvement action$")))
                .click();
        Locator linkDialog = page.getByRole(AriaRole.DIALOG);
        assertThat(linkDialog.getByRole(AriaRole.HEADING)).hasText("Link this quote to an improvement action");
        linkDialog.getByLabel("Improvement action", new Locator.GetByLabelOptions().setExact(true))
                .fill(String.valueOf(stamp));
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(containing(actionTitle))).click();
        checkpoint(page, "themes-3-link-quote-dialog");
        dialogButton(page, "Link").click();
        assertThat(page.getByText("Linked as evidence to \"" + actionTitle + "\".")).isVisible();
        assertThat(linkDialog).hasCount(0);
        checkpoint(page, "themes-4-quote-linked");

        // "You said, we did": a new entry that links Leanne's words about meeting letters, saved, then published.
        menuLink(page, "You said, we did").click();
        assertThat(heading(page, "You said, we did")).isVisible();
        button(page, "New entry").click();
        assertThat(heading(page, "New entry")).isVisible();
        field(page, "What we heard (you said)").fill(heard);
        field(page, "What we did").fill(did);
        typeDate(field(page, "When"), today);
        typeDate(field(page, "Said from"), today.minusMonths(12));
        Locator grid = page.locator("vaadin-grid.fv-you-said-voice-grid");
        Locator leanne = page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(LEANNE_WORDS));
        // her words are about meetings and letters; look in those themes until they show
        for (String lookIn : List.of("Meetings", "Plain language and letters", "Worker availability")) {
            Locator themeField = field(page, "Theme to look in");
            themeField.fill(lookIn);
            page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(lookIn).setExact(true)).click();
            assertThat(grid).isVisible();
            if (findRow(page, grid, leanne)) {
                break;
            }
        }
        assertThat(leanne).hasCount(1);
        assertThat(leanne).containsText("[name]");
        assertThat(leanne).not().containsText("Priya");
        // the checkbox is in the same grid row, in another cell: mark it by walking the grid's rows
        leanne.evaluate("cell => { const row = cell.assignedSlot.closest('tr');"
                + " for (const slot of row.querySelectorAll('slot')) { for (const el of slot.assignedElements()) {"
                + " const box = el.querySelector('vaadin-checkbox'); if (box) { box.setAttribute('data-test', 'leanne'); } } } }");
        page.locator("vaadin-checkbox[data-test=leanne]").click();
        assertThat(page.getByText("Words linked to this entry: 1")).isVisible();
        assertThat(page.locator(".fv-you-said-linked")).containsText(LEANNE_WORDS);
        checkpoint(page, "themes-5-you-said-draft");
        button(page, "Save draft").click();
        assertThat(page.getByText("Draft saved.")).isVisible();
        assertThat(heading(page, "Entry")).isVisible();
        assertThat(page.getByText("Words linked to this entry: 1")).isVisible();

        button(page, "Publish").click();
        assertThat(page.getByRole(AriaRole.ALERTDIALOG).or(page.getByRole(AriaRole.DIALOG)))
                .containsText("Publish this entry?");
        dialogButton(page, "Publish").click();
        Locator told = page.getByText(Pattern.compile("Published\\. People told: \\d+\\.")).last();
        assertThat(told).isVisible();
        var number = Pattern.compile("People told: (\\d+)\\.").matcher(told.textContent());
        assertThat(number.find()).as("the number of people told, in " + told.textContent()).isTrue();
        int peopleTold = Integer.parseInt(number.group(1));
        assertThat(peopleTold).as("people told").isGreaterThanOrEqualTo(1);
        assertThat(page.getByText("Published: anyone can read it on the public page.")).isVisible();
        checkpoint(page, "themes-6-you-said-published");
        signOut(page);

        // Anyone, without signing in, from the sign-in page.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("You said, we did: what changed because of what families told us")).click();
        assertThat(heading(page, "You said, we did")).isVisible();
        assertThat(page).hasURL(app.url("/you-said-we-did"));
        assertThat(page.getByText(heard)).isVisible();
        assertThat(page.getByText(did)).isVisible();
        assertThat(page.getByText(LEANNE_WORDS)).hasCount(0);
        checkpoint(page, "themes-7-public-page");

        // Leanne agreed to be contacted: her bell says so, and the notification leads to the public page.
        signIn(page, DemoUser.PARENT);
        Locator bell = page.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName(Pattern.compile("^Notifications: \\d+ new$")));
        assertThat(bell).isVisible();
        bell.click();
        assertThat(heading(page, "Notifications")).isVisible();
        Locator notification = link(page, NOTIFICATION);
        assertThat(notification).isVisible();
        assertThat(notification).hasAttribute("href", Pattern.compile("you-said-we-did$"));
        assertThat(page.locator(".fv-unread").filter(new Locator.FilterOptions().setHas(notification))).hasCount(1);
        checkpoint(page, "themes-8-parent-notification");
        notification.click();
        assertThat(heading(page, "You said, we did")).isVisible();
        assertThat(page.getByText(heard)).isVisible();
        assertThat(link(page, "Back to Family Voice")).isVisible();
        checkpoint(page, "themes-9-parent-reads-entry");
    }

    /** Scrolls the lazy grid a few rows at a time until the cell is rendered (newest words come first). */
    private static boolean findRow(Page page, Locator grid, Locator cell) {
        waitForVaadin(page);
        page.waitForTimeout(300);
        int size = ((Number) grid.evaluate("g => g.size || 0")).intValue();
        for (int index = 0; index < size; index += 4) {
            grid.evaluate("(g, i) => g.scrollToIndex(i)", index);
            waitForVaadin(page);
            page.waitForTimeout(150);
            if (cell.count() > 0) {
                return true;
            }
        }
        return false;
    }
}

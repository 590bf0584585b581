package org.familyvoice.it;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** A practitioner schedules a meeting for the Harper family; the parent sees it, with the days left to add items. */
class MeetingsJourneyIT extends BrowserTest {

    /** How the pages write the meeting's time, e.g. "Tuesday 3 December 2026, 10:30 to 11:30". */
    private static Pattern when(LocalDate day) {
        return Pattern.compile("\\b" + day.getDayOfMonth() + " \\w+ " + day.getYear() + ", 10:30");
    }

    @Test
    void aPractitionerSchedulesAMeetingAndTheParentSeesIt() {
        LocalDate day = LocalDate.now(ZoneId.of("Europe/London")).plusDays(10);
        signIn(page, DemoUser.PRACTITIONER);
        link(page, "FV-1001").click();
        assertThat(heading(page, "The Harper family")).isVisible();
        button(page, "Schedule a meeting").click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        assertThat(dialog.getByText("What kind of meeting").first()).isVisible();
        Locator date = dialog.getByLabel("Date", new Locator.GetByLabelOptions().setExact(true));
        date.fill(day.getDayOfMonth() + "/" + day.getMonthValue() + "/" + day.getYear());
        date.press("Enter");
        Locator time = dialog.getByLabel("Start time", new Locator.GetByLabelOptions().setExact(true));
        time.fill("10:30");
        time.press("Enter");
        dialog.getByLabel("Place", new Locator.GetByLabelOptions().setExact(true)).fill("Northgate Family Centre, Room 2");
        checkpoint(page, "meetings-1-schedule-dialog");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Schedule and tell the family")).click();
        assertThat(page.getByText(Pattern.compile("^Meeting scheduled for "))).isVisible();
        assertThat(page.getByText(when(day)).first()).isVisible();
        checkpoint(page, "meetings-2-family-page");
        signOut(page);

        Page leanne = newPage(new Browser.NewContextOptions().setViewportSize(390, 844));
        signIn(leanne, DemoUser.PARENT);
        open(leanne, "/my-meetings");
        assertThat(heading(leanne, "Your meetings")).isVisible();
        assertThat(leanne.getByText(when(day)).first()).isVisible();
        assertThat(leanne.getByText("8 days left to add what you want to talk about.").first()).isVisible();
        checkpoint(leanne, "meetings-3-parent-my-meetings-phone");
    }
}

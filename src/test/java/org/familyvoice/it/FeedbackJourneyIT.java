package org.familyvoice.it;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Families give feedback in the browser: a parent signed in (with a reload half-way that loses nothing), someone
 * without an account, and a young person whose words may be a disclosure.
 */
class FeedbackJourneyIT extends BrowserTest {

    static final Pattern REFERENCE = Pattern.compile("FV-[2-9A-Z]{4}-[2-9A-Z]{2}");

    static Locator answer(Page page, String statement, String answer) {
        return page.getByRole(AriaRole.RADIOGROUP, new Page.GetByRoleOptions().setName(statement))
                .getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName(answer).setExact(true));
    }

    @Test
    void aParentGivesFeedbackAndFindsItUnderMyFeedback() {
        signIn(page, DemoUser.PARENT);
        link(page, "Give feedback").click();
        assertThat(heading(page, "Tell us how it was")).isVisible();
        assertThat(page.getByText("If someone is in danger right now, call")).isVisible();
        checkpoint(page, "feedback-1-parent-form");

        answer(page, "I felt listened to", "Agree").check();
        answer(page, "I was treated with respect", "Strongly agree").check();
        String wentWell = "Priya explained the plan <b>clearly</b> & rang back the same day \uD83D\uDE4F";
        field(page, "What went well?").fill(wentWell);
        field(page, "What could be better?").fill("מכתבים מגיעים מאוחר — letters come late");
        // An accidental reload keeps what was typed
        page.reload();
        assertThat(page.getByText("We kept what you typed earlier. It has not been sent yet.")).isVisible();
        assertThat(field(page, "What went well?")).hasValue(wentWell);
        // The session ends (timed out, or signed out in another tab) and the stale form is sent: nothing is
        // stored, and after signing in again the words are still there
        page.context().clearCookies();
        button(page, "Send feedback").click();
        page.waitForTimeout(1500);
        page.reload();
        assertThat(field(page, "Username")).isVisible();
        submitSignIn(page, DemoUser.PARENT.username, DemoUser.PASSWORD);
        // signing in again leads back to the form they were on
        assertThat(page).hasURL(address("/my-feedback/new"));
        assertThat(heading(page, "Tell us how it was")).isVisible();
        assertThat(page.getByText("We kept what you typed earlier. It has not been sent yet.")).isVisible();
        assertThat(field(page, "What went well?")).hasValue(wentWell);
        assertThat(field(page, "What could be better?")).hasValue("מכתבים מגיעים מאוחר — letters come late");
        answer(page, "I felt listened to", "Agree").check();
        page.getByLabel("You may contact me about this").check();
        checkpoint(page, "feedback-2-parent-filled");

        button(page, "Send feedback").dblclick();
        assertThat(heading(page, "Thank you. We have your feedback.")).isVisible();
        String reference = page.getByTestId("feedback-reference").innerText().strip();
        assertThat(page.getByTestId("feedback-reference")).hasText(REFERENCE);
        assertThat(page.getByText(Pattern.compile("You asked us to get back to you: expect a reply by"))).isVisible();
        checkpoint(page, "feedback-3-parent-thanks");

        link(page, "See all your feedback and replies").click();
        assertThat(heading(page, "My feedback")).isVisible();
        assertThat(page.getByText("Reference " + reference)).hasCount(1);
        assertThat(page.getByText(wentWell)).hasCount(1);   // the stale send stored nothing
        assertThat(page.getByText(wentWell)).isVisible();
        assertThat(page.locator("b", new Page.LocatorOptions().setHasText("clearly"))).hasCount(0);
        checkpoint(page, "feedback-4-parent-my-feedback");
    }

    @Test
    void wordsTypedAtOnceIntoAFreshFormAreNeverReplacedByAnOlderDraft() {
        String older = "Older words left unsent " + System.nanoTime();
        String typed = "Words typed the moment the form opened " + System.nanoTime();
        Page leanne = newPage(new Browser.NewContextOptions());
        signIn(leanne, DemoUser.PARENT);
        open(leanne, "/my-feedback/new");
        field(leanne, "What went well?").fill(older);
        open(leanne, "/");   // left without sending: the draft stays in the tab

        open(leanne, "/my-feedback/new");
        field(leanne, "What went well?").fill(typed);   // at once, before any answer from the server
        waitForVaadin(leanne);
        leanne.waitForTimeout(1000);
        assertThat(field(leanne, "What went well?")).hasValue(typed);
        button(leanne, "Send feedback").click();
        assertThat(heading(leanne, "Thank you. We have your feedback.")).isVisible();
        String reference = leanne.getByTestId("feedback-reference").innerText().strip();

        link(leanne, "See all your feedback and replies").click();
        assertThat(heading(leanne, "My feedback")).isVisible();
        assertThat(leanne.getByText("Reference " + reference)).hasCount(1);
        assertThat(leanne.getByText(typed)).hasCount(1);
        assertThat(leanne.getByText(older)).hasCount(0);

        // once sent, the draft is gone: a new form opens empty
        open(leanne, "/my-feedback/new");
        assertThat(heading(leanne, "Tell us how it was")).isVisible();
        waitForVaadin(leanne);
        assertThat(field(leanne, "What went well?")).hasValue("");
        assertThat(leanne.getByText("We kept what you typed earlier. It has not been sent yet.")).hasCount(0);
    }

    @Test
    void someoneWithoutAnAccountGivesFeedbackFromTheSignInPage() {
        openSignIn(page);
        link(page, "Give feedback without an account").click();
        assertThat(heading(page, "Give feedback without an account")).isVisible();
        assertThat(page.getByText("0800 1111")).isVisible();
        answer(page, "I understood what was happening and why", "Disagree").check();
        field(page, "What could be better?").fill("Nobody returned my calls for three weeks.");
        page.getByLabel("You may contact me about this").check();
        button(page, "Send feedback").click();
        assertThat(field(page, "Phone number or e-mail address")).hasAttribute("aria-invalid", "true");
        field(page, "Phone number or e-mail address").fill("07700 900456");
        checkpoint(page, "feedback-5-anonymous-form");
        button(page, "Send feedback").click();
        assertThat(heading(page, "Thank you. We have your feedback.")).isVisible();
        assertThat(page.getByTestId("feedback-reference")).hasText(REFERENCE);
        checkpoint(page, "feedback-6-anonymous-thanks");
    }

    @Test
    void aYoungPersonsWordsThatMayBeADisclosureAreMetCalmly() {
        Page kai = newPage(new Browser.NewContextOptions().setViewportSize(390, 844));
        signIn(kai, DemoUser.YOUNG_PERSON);
        open(kai, "/my-feedback/new");
        assertThat(heading(kai, "Tell us how it’s going")).isVisible();
        answer(kai, "Did you feel listened to?", "Not really").check();
        button(kai, "Skip: Did you feel listened to?").click();
        assertThat(answer(kai, "Did you feel listened to?", "Not really")).not().isChecked();
        field(kai, "What could be better?").fill("my stepdad hits me when mum is at work and im scared to go home");
        checkpoint(kai, "feedback-7-young-form-phone");
        button(kai, "Send").click();
        assertThat(heading(kai, "Thanks for telling us")).isVisible();
        assertThat(kai.getByText("Something you wrote means we want to check you’re OK.", new Page.GetByTextOptions())).isVisible();
        assertThat(kai.getByText("0800 1111").first()).isVisible();
        checkpoint(kai, "feedback-8-young-thanks-phone");
    }

    @Test
    void aYoungPersonsDisclosureReachesTheNorthDutyQueueAndIsWorkedToClosure() {
        String words = "mums boyfriend hits me when shes at work and i dont want to go home " + System.nanoTime();
        Page kai = newPage(new Browser.NewContextOptions());
        signIn(kai, DemoUser.YOUNG_PERSON);
        open(kai, "/my-feedback/new");
        field(kai, "What could be better?").fill(words);
        button(kai, "Send").click();
        assertThat(heading(kai, "Thanks for telling us")).isVisible();

        signIn(page, DemoUser.MANAGER_NORTH);
        link(page, "Duty queue").click();
        assertThat(heading(page, "Duty queue")).isVisible();
        Locator open = page.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName(Pattern.compile("Open the alert raised .* by Kai Harper \\(young person\\)")));
        assertThat(open.first()).isVisible();
        assertThat(page.getByText("The Harper family").first()).isVisible();
        checkpoint(page, "feedback-9-manager-duty-queue");
        // Kai may have more than one alert open (other journeys): open them until this one shows
        int alerts = open.count();
        for (int i = alerts - 1; i >= 0; i--) {
            open.nth(i).click();
            assertThat(heading(page, "Safeguarding alert")).isVisible();
            waitForVaadin(page);
            if (page.getByText(words).count() > 0) {
                break;
            }
            link(page, "Back to the duty queue").click();
            assertThat(heading(page, "Duty queue")).isVisible();
            waitForVaadin(page);
        }
        assertThat(page.getByText(words)).isVisible();
        button(page, "Acknowledge").click();
        assertThat(page.getByText("You have acknowledged this alert.")).isVisible();
        field(page, "What was done").fill("Rang Kai's mum; home visit with the police today. Referred to the front door.");
        checkpoint(page, "feedback-10-manager-alert");
        button(page, "Save and close").click();
        page.getByRole(AriaRole.ALERTDIALOG).getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Save and close").setExact(true)).click();
        assertThat(page.getByText("This alert is closed.")).isVisible();
        checkpoint(page, "feedback-11-manager-alert-closed");

        // The South manager never sees it
        Page south = newPage(new Browser.NewContextOptions());
        signIn(south, DemoUser.MANAGER);
        link(south, "Duty queue").click();
        south.getByLabel("Show closed alerts").check();
        waitForVaadin(south);
        assertThat(south.getByText("Kai Harper (young person)")).hasCount(0);
    }

    @Test
    void aPractitionerRepliesAndTheParentIsNotifiedAndReadsIt() {
        Page leanne = newPage(new Browser.NewContextOptions());
        signIn(leanne, DemoUser.PARENT);
        open(leanne, "/my-feedback/new");
        field(leanne, "What could be better?").fill("Can meetings be after 3pm so I can do the school run?");
        leanne.getByLabel("You may contact me about this").check();
        button(leanne, "Send feedback").click();
        String reference = leanne.getByTestId("feedback-reference").innerText().strip();
        signOut(leanne);

        signIn(page, DemoUser.PRACTITIONER);
        link(page, "Feedback").click();
        assertThat(heading(page, "Feedback")).isVisible();
        checkpoint(page, "feedback-12-practitioner-list");
        button(page, "Open feedback " + reference).click();
        assertThat(heading(page, "Feedback " + reference)).isVisible();
        assertThat(page.getByText("Can meetings be after 3pm so I can do the school run?")).isVisible();
        button(page, "Mark as read").click();
        assertThat(page.getByText("Feedback " + reference + " is marked as read.")).isVisible();
        String reply = "Yes. From next month I'll book your meetings for 3.30pm or later. Priya";
        field(page, "Your reply").fill(reply);
        checkpoint(page, "feedback-13-practitioner-reply");
        button(page, "Send reply").click();
        assertThat(page.getByText("Your reply to " + reference + " has been saved.")).isVisible();

        signIn(leanne, DemoUser.PARENT);
        Locator bell = leanne.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName(Pattern.compile("^Notifications: \\d+ new$")));
        assertThat(bell).isVisible();
        checkpoint(leanne, "feedback-14-parent-notified");
        bell.click();
        assertThat(heading(leanne, "Notifications")).isVisible();
        link(leanne, "You have a reply to your feedback " + reference).click();
        assertThat(heading(leanne, "My feedback")).isVisible();
        assertThat(leanne.getByText(reply)).isVisible();
        Locator theReply = leanne.locator(".fv-reply", new Page.LocatorOptions().setHasText(reply));
        assertThat(theReply.getByRole(AriaRole.HEADING)).hasText(Pattern.compile("^Reply from Priya Shah, "));
        checkpoint(leanne, "feedback-15-parent-reads-reply");
    }
}

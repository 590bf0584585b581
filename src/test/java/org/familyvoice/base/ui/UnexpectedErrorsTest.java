package org.familyvoice.base.ui;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.familyvoice.KaribuTest;
import org.familyvoice.SignIn;
import org.familyvoice.base.web.RequestIds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.access.AccessDeniedException;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page that fails to open, and a button that fails on an open page: the person reads calm words and a reference,
 * never the exception; the log holds the exception under the same reference. A refusal while a page opens reads
 * "Page not found", as an address that does not exist does.
 */
@ExtendWith(OutputCaptureExtension.class)
class UnexpectedErrorsTest extends KaribuTest {

    /** What only the exception knows: it must never reach the page. */
    static final String SECRET = "family 4711 row locked by manager.south";
    private static final Pattern REFERENCE = Pattern.compile("[2-9A-Z]{4}-[2-9A-Z]{4}");

    /** A page whose construction fails, as one would when a service throws while it loads. */
    @AnonymousAllowed
    public static class BrokenPage extends Div {
        public BrokenPage() {
            throw new IllegalStateException(SECRET);
        }
    }

    /** A page whose service refuses the person. */
    @AnonymousAllowed
    public static class RefusingPage extends Div {
        public RefusingPage() {
            throw new AccessDeniedException("no access to family 4711");
        }
    }

    @AfterEach
    void removeTestRoutes() {
        RouteConfiguration.forApplicationScope().removeRoute(BrokenPage.class);
        RouteConfiguration.forApplicationScope().removeRoute(RefusingPage.class);
    }

    @Test
    void aPageThatFailsShowsCalmWordsAndAReferenceThatIsInTheLog(CapturedOutput log) {
        login(SignIn.PARENT_HARPER);
        RouteConfiguration.forApplicationScope().setRoute("test-broken-page", BrokenPage.class);

        UI.getCurrent().navigate("test-broken-page");

        var page = _get(ServerErrorView.class);
        String text = page.getElement().getTextRecursively();
        assertThat(_get(H1.class).getText()).isEqualTo("Something went wrong");
        assertThat(text).contains("could not show this page", "tell us this reference", "In an emergency call 999.");
        assertThat(text).doesNotContain("Exception", "at org.", SECRET, "4711");
        Matcher shown = REFERENCE.matcher(text);
        assertThat(shown.find()).as("a reference on the page").isTrue();
        assertThat(log.getOut()).contains("reference " + shown.group(), SECRET, "IllegalStateException");
    }

    @Test
    void aRefusalWhileAPageOpensReadsPageNotFound(CapturedOutput log) {
        login(SignIn.PARENT_HARPER);
        RouteConfiguration.forApplicationScope().setRoute("test-refusing-page", RefusingPage.class);

        UI.getCurrent().navigate("test-refusing-page");

        assertThat(_get(Main.class).getElement().getTextRecursively()).contains("Page not found")
                .doesNotContain("4711", "Something went wrong");
        assertThat(log.getOut()).doesNotContain("Unexpected error");
    }

    @Test
    void aButtonThatFailsTellsThePersonCalmlyWithAReferenceThatIsInTheLog(CapturedOutput log) {
        login(SignIn.PARENT_HARPER);
        UI.getCurrent().navigate("");
        NotificationsKt.clearNotifications();

        // as Vaadin does when a click listener throws: the session's error handler gets the exception
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(new IllegalStateException(SECRET)));
        MockVaadin.clientRoundtrip(false);

        var shown = NotificationsKt.getNotifications();
        assertThat(shown).hasSize(1);
        String words = shown.getFirst().getElement().getProperty("text", "");
        assertThat(words).startsWith("Sorry, something went wrong on our side, so that may not have worked.")
                .doesNotContain("Exception", SECRET);
        Matcher reference = REFERENCE.matcher(words);
        assertThat(reference.find()).isTrue();
        assertThat(RequestIds.isWellFormed(reference.group())).isTrue();
        assertThat(log.getOut()).contains("reference " + reference.group(), SECRET);
    }
}

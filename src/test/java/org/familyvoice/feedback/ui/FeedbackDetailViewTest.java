package org.familyvoice.feedback.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import org.familyvoice.KaribuTest;
import org.familyvoice.SignIn;
import org.familyvoice.feedback.FeedbackService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** One piece of feedback: the words exactly as written, marked read, replied to, and hidden from others. */
class FeedbackDetailViewTest extends KaribuTest {

    @Autowired Given given;
    @Autowired FeedbackService feedback;
    @Autowired SignIn signIn;

    private List<String> plainTexts() {
        return _find(Div.class, spec -> spec.withClasses("fv-plain-text")).stream().map(Div::getText).toList();
    }

    private boolean showsNotFound() {
        return !_find(H1.class, spec -> spec.withText("Page not found")).isEmpty();
    }

    private List<String> spans() {
        return _find(Span.class).stream().map(Span::getText).toList();
    }

    @Test
    void theTextIsShownAsTextNeverAsMarkup() {
        String script = "<script>alert(1)</script>\nand <b>a second line</b>";
        var receipt = given.from(SignIn.PARENT_HARPER, script, true);

        login(SignIn.PRACTITIONER_NORTH);
        UI.getCurrent().navigate("feedback/" + receipt.id());
        assertThat(_get(H1.class).getText()).isEqualTo("Feedback " + receipt.reference());
        assertThat(plainTexts()).contains(script, "could be better text");
        assertThat(_find(Html.class)).isEmpty();
        // the answers in words, who gave it and a link to the family
        assertThat(spans()).contains("Disagree", "Not sure", "Agree", "Leanne Harper (Parent or carer)", "New");
        assertThat(_get(Anchor.class, spec -> spec.withText("The Harper family")).getHref()).startsWith("families/");
    }

    @Test
    void markingAsReadChangesTheStatus() {
        var receipt = given.from(SignIn.PARENT_HARPER, "went well text", false);

        login(SignIn.PRACTITIONER_NORTH);
        UI.getCurrent().navigate("feedback/" + receipt.id());
        assertThat(spans()).contains("New");
        // they did not ask to be contacted: no reply form
        assertThat(_find(TextArea.class)).isEmpty();
        _click(_get(Button.class, spec -> spec.withText("Mark as read")));
        assertThat(spans()).contains("Read").doesNotContain("New");
        assertThat(_find(Button.class, spec -> spec.withText("Mark as read"))).isEmpty();
    }

    @Test
    void aReplyIsShownAndReachesTheParent() {
        var receipt = given.from(SignIn.PARENT_HARPER, "went well text", true);
        String reply = "Thank you, Leanne.\nI will call you on Monday. " + System.nanoTime();

        login(SignIn.PRACTITIONER_NORTH);
        UI.getCurrent().navigate("feedback/" + receipt.id());
        TextArea area = _get(TextArea.class, spec -> spec.withLabel("Your reply"));
        assertThat(area.getMaxLength()).isEqualTo(4000);
        assertThat(area.getHelperText()).isEqualTo("0 / 4000");

        // nothing written: the message is on the field
        _click(_get(Button.class, spec -> spec.withText("Send reply")));
        assertThat(area.isInvalid()).isTrue();
        assertThat(area.getErrorMessage()).isEqualTo("Write a reply first");

        _setValue(area, reply);
        assertThat(area.getHelperText()).isEqualTo(reply.length() + " / 4000");
        _click(_get(Button.class, spec -> spec.withText("Send reply")));
        assertThat(plainTexts()).contains(reply);
        assertThat(spans()).contains("Replied");

        SignIn.out();
        signIn.as(SignIn.PARENT_HARPER);
        assertThat(feedback.myFeedback(0, 500)).anySatisfy(f -> {
            assertThat(f.reference()).isEqualTo(receipt.reference());
            assertThat(f.replies()).anySatisfy(r -> assertThat(r.text()).isEqualTo(reply));
        });
    }

    @Test
    void anAnonymousReplyIsARecordOfWhatWasSaid() {
        var receipt = given.anonymous("went well text", null, "07700 900123");

        login(SignIn.MANAGER_NORTH);
        UI.getCurrent().navigate("feedback/" + receipt.id());
        assertThat(spans()).contains("Anonymous");
        assertThat(plainTexts()).contains("07700 900123");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .anyMatch(t -> t.contains("cannot send it to them"));
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Your reply")), "Rang them back; all sorted.");
        _click(_get(Button.class, spec -> spec.withText("Save record of reply")));
        assertThat(plainTexts()).contains("Rang them back; all sorted.");
    }

    @Test
    void aFlaggedFeedbackSaysAnAlertWasRaised() {
        var receipt = given.from(SignIn.PARENT_HARPER, "my stepdad hits me and I am scared to go home", false);

        login(SignIn.MANAGER_NORTH);
        UI.getCurrent().navigate("feedback/" + receipt.id());
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .anyMatch(t -> t.contains("a safeguarding alert was raised"));
        assertThat(_find(com.vaadin.flow.router.RouterLink.class, spec -> spec.withText("Go to the duty queue"))).hasSize(1);

        SignIn.out();
        login(SignIn.PRACTITIONER_NORTH);
        UI.getCurrent().navigate("feedback/" + receipt.id());
        assertThat(_find(com.vaadin.flow.router.RouterLink.class, spec -> spec.withText("Go to the duty queue"))).isEmpty();
    }

    @Test
    void anotherTeamsFeedbackOrAMadeUpIdShowsNotFound() {
        var south = given.from(SignIn.PARENT_ADEYEMI, "went well text", true);

        login(SignIn.PRACTITIONER_NORTH);
        for (String id : new String[]{south.id().toString(), "999999", "abc", "0", "-1", "1%27%20or%201=1"}) {
            UI.getCurrent().navigate("feedback/" + id);
            assertThat(showsNotFound()).as("feedback/" + id).isTrue();
            assertThat(_find(H1.class, spec -> spec.withText("Feedback " + south.reference()))).isEmpty();
        }
        SignIn.out();
        login(SignIn.MANAGER_NORTH);
        UI.getCurrent().navigate("feedback/" + south.id());
        assertThat(showsNotFound()).isTrue();
    }
}

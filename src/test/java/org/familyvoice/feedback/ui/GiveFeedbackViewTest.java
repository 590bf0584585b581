package org.familyvoice.feedback.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.familyvoice.KaribuTest;
import org.familyvoice.SignIn;
import org.familyvoice.accounts.Team;
import org.familyvoice.feedback.ReferenceCodes;
import org.familyvoice.notifications.ui.NotificationBell;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** Families' side of feedback without a browser: each role's form, the thank-you, bad input, My feedback. */
class GiveFeedbackViewTest extends KaribuTest {

    @Autowired JdbcClient jdbc;
    @Autowired Given given;

    private int stored(String text) {
        return jdbc.sql("select count(*) from feedback where went_well = :t or could_be_better = :t").param("t", text)
                .query(Integer.class).single();
    }

    /** Karibu's requests all come from 127.0.0.1, so all anonymous tries here share one count: start it afresh. */
    private void forgetAnonymousLimit() {
        jdbc.sql("delete from rate_limit where limit_key = 'anonymous-feedback:127.0.0.1'").update();
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<Integer> statement(String label) {
        return _get(RadioButtonGroup.class, spec -> spec.withLabel(label));
    }

    private static List<String> texts() {
        return _find(Paragraph.class).stream().map(p -> p.getElement().getTextRecursively()).toList();
    }

    @Test
    void aParentGivesFeedbackSeesTheReferenceAndFindsItUnderMyFeedback() {
        login(SignIn.PARENT_HARPER);
        UI.getCurrent().navigate("my-feedback/new");
        assertThat(_get(H1.class).getText()).isEqualTo("Tell us how it was");
        assertThat(texts()).anyMatch(t -> t.contains("If someone is in danger right now, call"));
        String words = "Meetings at school were easier " + UUID.randomUUID();
        _setValue(statement("I felt listened to"), 4);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("What went well?")), words);
        _setValue(_get(Checkbox.class, spec -> spec.withLabel("You may contact me about this")), true);
        _click(_get(Button.class, spec -> spec.withText("Send feedback")));

        assertThat(_get(H2.class, spec -> spec.withText("Thank you. We have your feedback.")).isVisible()).isTrue();
        String reference = _get(Span.class, spec -> spec.withClasses("fv-code")).getText();
        assertThat(ReferenceCodes.isWellFormed(reference)).as(reference).isTrue();
        assertThat(texts()).anyMatch(t -> t.startsWith("You asked us to get back to you: expect a reply by"));
        assertThat(stored(words)).isEqualTo(1);

        UI.getCurrent().navigate("my-feedback");
        assertThat(texts()).anyMatch(t -> t.contains("Reference " + reference));
        assertThat(texts()).contains(words);
        assertThat(_find(Span.class, spec -> spec.withText("Received"))).isNotEmpty();
    }

    @Test
    void anEmptyOrOverLongFormSaysWhyAndKeepsWhatWasTyped() {
        login(SignIn.PARENT_HARPER);
        UI.getCurrent().navigate("my-feedback/new");
        var send = _get(Button.class, spec -> spec.withText("Send feedback"));
        _click(send);
        assertThat(texts()).contains("Please answer at least one question or write something before sending.");
        assertThat(send.isEnabled()).isTrue();

        String tooLong = "x".repeat(4001) + UUID.randomUUID();
        var better = _get(TextArea.class, spec -> spec.withLabel("What could be better?"));
        _setValue(better, tooLong);
        _click(send);
        assertThat(better.isInvalid()).isTrue();
        assertThat(better.getErrorMessage()).startsWith("“What could be better?” can be up to 4,000 characters; it has 4,037.");
        assertThat(better.getValue()).isEqualTo(tooLong);
        assertThat(stored(tooLong)).isZero();
        assertThat(_find(H2.class, spec -> spec.withText("Thank you. We have your feedback."))).isEmpty();
    }

    @Test
    void aYoungPersonGetsPlainWordsCanSkipAndIsMetCalmlyWhenTheyDisclose() {
        login(SignIn.YOUNG_HARPER);
        UI.getCurrent().navigate("my-feedback/new");
        assertThat(_get(H1.class).getText()).isEqualTo("Tell us how it’s going");
        var listened = statement("Did you feel listened to?");
        _setValue(listened, 2);
        _click(_find(Button.class, spec -> spec.withText("Skip this question")).stream()
                .filter(b -> b.getAriaLabel().orElse("").equals("Skip: Did you feel listened to?")).findFirst().orElseThrow());
        assertThat(listened.getValue()).isNull();
        String words = "my mums boyfriend hurts me and i dont feel safe at home " + UUID.randomUUID();
        _setValue(_get(TextArea.class, spec -> spec.withLabel("What could be better?")), words);
        _click(_get(Button.class, spec -> spec.withText("Send")));

        assertThat(_get(H2.class, spec -> spec.withText("Thanks for telling us")).isVisible()).isTrue();
        assertThat(texts()).anyMatch(t -> t.startsWith("Something you wrote means we want to check you’re OK."));
        assertThat(texts()).anyMatch(t -> t.contains("Childline") && t.contains("0800 1111"));
        assertThat(jdbc.sql("select count(*) from safeguarding_alert where text like :t").param("t", "%" + words + "%")
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void someoneWithoutAnAccountChoosesATeamAndMustSayHowToReachThem() {
        forgetAnonymousLimit();
        UI.getCurrent().navigate("tell-us");
        assertThat(_get(H1.class).getText()).isEqualTo("Give feedback without an account");
        String words = "The front door number rang out " + UUID.randomUUID();
        @SuppressWarnings("unchecked")
        ComboBox<Team> team = _get(ComboBox.class, spec -> spec.withLabel("Which team? (optional)"));
        _setValue(team, team.getListDataView().getItems().filter(t -> t.name().startsWith("South")).findFirst().orElseThrow());
        _setValue(_get(TextArea.class, spec -> spec.withLabel("What could be better?")), words);
        _setValue(_get(Checkbox.class, spec -> spec.withLabel("You may contact me about this")), true);
        _click(_get(Button.class, spec -> spec.withText("Send feedback")));
        var contact = _get(TextField.class, spec -> spec.withLabel("Phone number or e-mail address"));
        assertThat(contact.isInvalid()).isTrue();
        assertThat(stored(words)).isZero();

        _setValue(contact, "07700 900789");
        _click(_get(Button.class, spec -> spec.withText("Send feedback")));
        _assertOne(H2.class, spec -> spec.withText("Thank you. We have your feedback."));
        assertThat(stored(words)).isEqualTo(1);
        assertThat(jdbc.sql("select t.name from feedback f join team t on t.id = f.team_id where f.could_be_better = :t")
                .param("t", words).query(String.class).single()).startsWith("South");
    }

    @Test
    void anonymousFeedbackFromOneConnectionIsLimitedWithAClearMessage() {
        // every Karibu request comes from 127.0.0.1, so every try here counts against the same address
        forgetAnonymousLimit();
        String refused = "We have had a lot of feedback from this connection. Please try again in 60 minutes, or phone us.";
        boolean limited = false;
        int sent = 0;
        for (int i = 0; i < 7 && !limited; i++) {
            UI.getCurrent().navigate("my-family");
            UI.getCurrent().navigate("tell-us");
            String words = "try " + i + " " + UUID.randomUUID();
            _setValue(_get(TextArea.class, spec -> spec.withLabel("What went well?")), words);
            _click(_get(Button.class, spec -> spec.withText("Send feedback")));
            limited = texts().contains(refused);
            assertThat(stored(words)).isEqualTo(limited ? 0 : 1);
            sent += limited ? 0 : 1;
        }
        assertThat(sent).isEqualTo(5);
        assertThat(limited).as("refused after the limit of 5 an hour").isTrue();
        assertThat(jdbc.sql("select hits from rate_limit where limit_key = 'anonymous-feedback:127.0.0.1'")
                .query(Integer.class).single()).isEqualTo(5);
    }

    @Test
    void aReplyShowsUnderMyFeedbackAndTheBellCountsIt() {
        var receipt = given.from(SignIn.PARENT_NOVAK, "Lena liked the new worker " + UUID.randomUUID(), true);
        login(SignIn.MANAGER_NORTH);
        UI.getCurrent().navigate("feedback/" + receipt.id());
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Your reply")), "Thank you, Marta.");
        _click(_get(Button.class, spec -> spec.withText("Send reply")));
        SignIn.out();

        login(SignIn.PARENT_NOVAK);
        UI.getCurrent().navigate("my-feedback");
        assertThat(_get(NotificationBell.class).getAriaLabel()).hasValueSatisfying(l -> assertThat(l).matches("Notifications: \\d+ new"));
        assertThat(texts()).contains("Thank you, Marta.");
        assertThat(_find(Span.class, spec -> spec.withText("Replied"))).isNotEmpty();
        UI.getCurrent().navigate("notifications");
        assertThat(_find(com.vaadin.flow.component.html.Anchor.class,
                spec -> spec.withText("You have a reply to your feedback " + receipt.reference()))).hasSize(1);
        UI.getCurrent().navigate("my-feedback");
        assertThat(_get(NotificationBell.class).getAriaLabel()).hasValue("Notifications");
    }
}

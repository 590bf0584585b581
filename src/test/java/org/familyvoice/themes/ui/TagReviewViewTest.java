package org.familyvoice.themes.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.familyvoice.KaribuTest;
import org.familyvoice.SignIn;
import org.familyvoice.base.ui.Formats;
import org.familyvoice.feedback.FeedbackAbout;
import org.familyvoice.feedback.FeedbackForm;
import org.familyvoice.feedback.FeedbackService;
import org.familyvoice.themes.Sentiment;
import org.familyvoice.themes.Taxonomy;
import org.familyvoice.themes.ThemeRef;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.util.Set;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** Priya corrects the themes of Leanne's feedback on "Check themes" and reads the correction under it. */
class TagReviewViewTest extends KaribuTest {

    @Autowired FeedbackService feedback;
    @Autowired Taxonomy taxonomy;
    @Autowired Clock clock;

    private String leanneSays(String words) {
        signIn.as(SignIn.PARENT_HARPER);
        feedback.give(new FeedbackForm(UUID.randomUUID().toString(), FeedbackAbout.SOCIAL_WORKER, null, null, null,
                null, null, words, false, true, null, null));
        SignIn.out();
        return words;
    }

    /** The card showing these words. */
    private ListItem card(String words) {
        Div text = _get(Div.class, spec -> spec.withText(words));
        return (ListItem) text.getParent().orElseThrow();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPractitionerCorrectsAnItemAndSeesTheHistoryLine() {
        String words = leanneSays("Nobody listened to me and I was ignored " + System.nanoTime());
        ThemeRef school = taxonomy.current().byCode().get("SCHOOL");

        login(SignIn.PRACTITIONER_NORTH);
        UI.getCurrent().navigate("theme-review");
        assertThat(_get(H1.class).getText()).isEqualTo("Check themes");
        assertThat(_find(H2.class, spec -> spec.withText("Suggested keywords"))).as("managers only").isEmpty();
        ListItem card = card(words);
        assertThat(card.getElement().getTextRecursively()).contains("Being listened to", "Feeling: Negative",
                "Not checked yet", "from a parent or carer", "The Harper family");

        Button correct = _get(card, Button.class, spec -> spec.withText("Correct"));
        assertThat(correct.getElement().getAttribute("aria-label")).startsWith("Correct the themes of: Nobody listened");
        _click(correct);
        var themes = (MultiSelectComboBox<ThemeRef>) _get(MultiSelectComboBox.class, spec -> spec.withLabel("Themes"));
        assertThat(themes.getValue()).extracting(ThemeRef::code).containsExactly("LISTENED_TO");
        _setValue(themes, Set.of(school));
        _setValue((RadioButtonGroup<Sentiment>) _get(RadioButtonGroup.class, spec -> spec.withLabel("Feeling")),
                Sentiment.MIXED);
        _click(_get(Button.class, spec -> spec.withText("Save correction")));

        String now = card(words).getElement().getTextRecursively();
        assertThat(now).contains("School and education", "Feeling: Mixed", "Checked by Priya Shah on "
                + Formats.date(clock.instant()));
        assertThat(now).contains("Changed by Priya Shah on " + Formats.date(clock.instant())
                + ": from Being listened to to School and education; feeling from Negative to Mixed");
    }

    @Test
    void aColleagueWhoMayOnlyReadTheFamilySeesTheItemWithoutButtons() {
        String words = leanneSays("Nobody listened to me " + System.nanoTime());

        login(SignIn.PRACTITIONER_NORTH_2);
        UI.getCurrent().navigate("theme-review");
        assertThat(card(words).getElement().getTextRecursively()).contains("Not checked yet");
        assertThat(_find(card(words), Button.class)).isEmpty();
    }

    @Test
    void theManagerConfirmsAnItemAndSeesSuggestedKeywords() {
        String words = leanneSays("Nobody listened to me " + System.nanoTime());

        login(SignIn.MANAGER_NORTH);
        UI.getCurrent().navigate("theme-review");
        assertThat(_find(card(words), Button.class)).extracting(Button::getText).containsExactly("Confirm", "Correct");
        _click(_get(card(words), Button.class, spec -> spec.withText("Confirm")));
        assertThat(card(words).getElement().getTextRecursively()).contains("Checked by Morgan Reid");
        assertThat(_find(H2.class, spec -> spec.withText("Suggested keywords"))).hasSize(1);
    }

    @Test
    void aParentCannotOpenThePage() {
        login(SignIn.PARENT_HARPER);
        UI.getCurrent().navigate("theme-review");
        assertThat(_find(H1.class, spec -> spec.withText("Check themes"))).isEmpty();
    }
}

package org.familyvoice.meetings.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import org.familyvoice.KaribuTest;
import org.familyvoice.SignIn;
import org.familyvoice.meetings.ContributionKind;
import org.familyvoice.meetings.MeetingFixtures;
import org.familyvoice.meetings.MeetingId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** Leanne allows her agenda item to be used to improve the service; the box starts unticked and keeps her choice. */
class ContributionConsentViewTest extends KaribuTest {

    private static final String CONSENT = "You can use what I wrote, without my name, to improve the service";

    @Autowired JdbcClient jdbc;
    @Autowired MeetingFixtures fixtures;

    private int voiceItems(String words) {
        return jdbc.sql("select count(*) from voice_item where origin = 'AGENDA_ITEM' and text = :w")
                .param("w", words).query(Integer.class).single();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aParentAllowsHerItemToBeUsedAndCanTakeItBack() {
        MeetingId id = fixtures.harperMeeting(Duration.ofDays(12));
        String words = MeetingFixtures.unique("Nobody tells us what is happening with the plan");
        login(SignIn.PARENT_HARPER);
        UI.getCurrent().navigate("meetings/" + id);

        Checkbox consent = _get(Checkbox.class, spec -> spec.withLabel(CONSENT));
        assertThat(consent.getValue()).as("unticked until she chooses").isFalse();
        _setValue((RadioButtonGroup<ContributionKind>) _get(RadioButtonGroup.class,
                spec -> spec.withLabel("What is it about?")), ContributionKind.WORRIED_ABOUT);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("What do you want to say?")), words);
        _setValue(consent, true);
        _click(_get(Button.class, spec -> spec.withText("Add")));

        assertThat(voiceItems(words)).isEqualTo(1);
        ListItem mine = _find(ListItem.class, spec -> spec.withClasses("fv-contribution")).stream()
                .filter(li -> li.getElement().getTextRecursively().contains(words)).findFirst().orElseThrow();
        assertThat(mine.getElement().getTextRecursively())
                .contains("You said this can be used, without your name, to improve the service.");

        // changing it shows her earlier choice; unticking takes the words out of the themes
        _click(_get(mine, Button.class, spec -> spec.withText("Change")));
        Checkbox again = _get(Checkbox.class, spec -> spec.withLabel(CONSENT));
        assertThat(again.getValue()).isTrue();
        _setValue(again, false);
        _click(_get(Button.class, spec -> spec.withText("Save changes")));
        assertThat(voiceItems(words)).isZero();
    }
}

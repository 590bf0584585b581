package org.familyvoice.meetings.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import org.familyvoice.KaribuTest;
import org.familyvoice.SignIn;
import org.familyvoice.meetings.ContributionKind;
import org.familyvoice.meetings.HeardBy;
import org.familyvoice.meetings.MeetingFixtures;
import org.familyvoice.meetings.MeetingId;
import org.familyvoice.meetings.Visibility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** "What I want to talk about" on the meeting page: Kai adds a private item; Leanne never sees it; the worker does. */
class ContributionsViewTest extends KaribuTest {

    @Autowired JdbcClient jdbc;
    @Autowired MeetingFixtures fixtures;

    private List<String> items() {
        return _find(ListItem.class, spec -> spec.withClasses("fv-contribution")).stream()
                .map(li -> li.getElement().getTextRecursively()).toList();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aYoungPersonsPrivateItemIsOnTheirPageAndTheWorkersButNotTheParents() {
        MeetingId id = fixtures.harperMeeting(Duration.ofDays(12));

        String shared = "I like my new school " + System.nanoTime();
        String secret = "I don't want to go to Dad's at weekends " + System.nanoTime();
        login(SignIn.YOUNG_HARPER);
        UI.getCurrent().navigate("meetings/" + id);
        assertThat(_find(H1.class)).hasSize(1);
        assertThat(_find(H2.class, spec -> spec.withText("What I want to talk about"))).hasSize(1);
        for (String[] item : new String[][]{{shared, "EVERYONE"}, {secret, "WORKER_ONLY"}}) {
            var kind = (RadioButtonGroup<ContributionKind>) _get(RadioButtonGroup.class,
                    spec -> spec.withLabel("What is it about?"));
            _setValue(kind, item[1].equals("EVERYONE") ? ContributionKind.GOING_WELL : ContributionKind.WORRIED_ABOUT);
            _setValue(_get(TextArea.class, spec -> spec.withLabel("What do you want to say?")), item[0]);
            var heard = (RadioButtonGroup<HeardBy>) _get(RadioButtonGroup.class,
                    spec -> spec.withLabel("How do you want this heard?"));
            _setValue(heard, item[1].equals("EVERYONE") ? HeardBy.SELF : HeardBy.WORKER);
            var who = (RadioButtonGroup<Visibility>) _get(RadioButtonGroup.class,
                    spec -> spec.withLabel("Who can see this?"));
            _setValue(who, Visibility.valueOf(item[1]));
            _click(_get(Button.class, spec -> spec.withText("Add")));
        }
        assertThat(items()).anyMatch(t -> t.contains(shared));
        assertThat(items()).anyMatch(t -> t.contains(secret) && t.contains("Only your social worker sees this")
                && t.contains("My worker can say it for me"));

        login(SignIn.PARENT_HARPER);
        UI.getCurrent().navigate("meetings/" + id);
        assertThat(_find(RadioButtonGroup.class, spec -> spec.withLabel("How do you want this heard?"))).isEmpty();
        assertThat(items()).anyMatch(t -> t.contains(shared) && t.contains("Kai Harper"));
        assertThat(items()).noneMatch(t -> t.contains(secret));
        assertThat(UI.getCurrent().getElement().getTextRecursively()).doesNotContain("Dad's at weekends");

        login(SignIn.PRACTITIONER_NORTH);
        UI.getCurrent().navigate("meetings/" + id);
        assertThat(_find(H3.class, spec -> spec.withText("New from the family"))).hasSize(1);
        assertThat(items()).anyMatch(t -> t.contains(secret) && t.contains("Only for you")
                && t.contains("Kai Harper (young person)"));
        assertThat(items()).anyMatch(t -> t.contains(shared) && !t.contains("Only for you"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aParentChangesAndTakesAwayTheirItemUntilTheAgendaIsPublished() {
        MeetingId id = fixtures.harperMeeting(Duration.ofDays(12), "Leanne Harper");

        String first = "Kai has settled at school " + System.nanoTime();
        String second = "Kai has settled well at his new school " + System.nanoTime();
        login(SignIn.PARENT_HARPER);
        UI.getCurrent().navigate("meetings/" + id);
        _setValue((RadioButtonGroup<ContributionKind>) _get(RadioButtonGroup.class,
                spec -> spec.withLabel("What is it about?")), ContributionKind.GOING_WELL);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("What do you want to say?")), first);
        _click(_get(Button.class, spec -> spec.withText("Add")));
        assertThat(items()).anyMatch(t -> t.contains(first));

        _click(_get(Button.class, spec -> spec.withText("Change")));
        var text = _get(TextArea.class, spec -> spec.withLabel("What do you want to say?"));
        assertThat(text.getValue()).isEqualTo(first);
        _setValue(text, second);
        _click(_get(Button.class, spec -> spec.withText("Save changes")));
        assertThat(items()).anyMatch(t -> t.contains(second)).noneMatch(t -> t.contains(first));

        // a blank text is refused on the field, nothing saved
        _setValue(_get(TextArea.class, spec -> spec.withLabel("What do you want to say?")), "   ");
        _setValue((RadioButtonGroup<ContributionKind>) _get(RadioButtonGroup.class,
                spec -> spec.withLabel("What is it about?")), ContributionKind.QUESTION);
        _click(_get(Button.class, spec -> spec.withText("Add")));
        assertThat(_get(TextArea.class, spec -> spec.withLabel("What do you want to say?")).isInvalid()).isTrue();
        assertThat(items()).hasSize(1);

        jdbc.sql("update meeting set agenda_published_at = current_timestamp where id = :id").param("id", id.value())
                .update();
        UI.getCurrent().navigate("my-meetings");
        UI.getCurrent().navigate("meetings/" + id);
        assertThat(_find(Button.class, spec -> spec.withText("Add"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withText("Take away"))).isEmpty();
        assertThat(_find(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withClasses("fv-days-left")))
                .singleElement().satisfies(p -> assertThat(p.getText()).startsWith("The agenda for this meeting has been published"));
        assertThat(items()).anyMatch(t -> t.contains(second));
        jdbc.sql("update meeting set agenda_published_at = null where id = :id").param("id", id.value()).update();
        UI.getCurrent().navigate("my-meetings");
        UI.getCurrent().navigate("meetings/" + id);
        _click(_get(Button.class, spec -> spec.withText("Take away")));
        assertThat(items()).isEmpty();
        assertThat(jdbc.sql("select status from meeting_contribution where meeting_id = :m").param("m", id.value())
                .query(String.class).list()).containsExactly("WITHDRAWN");
    }
}

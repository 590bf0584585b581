package org.familyvoice.meetings.ui;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.familyvoice.KaribuTest;
import org.familyvoice.SignIn;
import org.familyvoice.meetings.AgendaItem;
import org.familyvoice.meetings.AgendaService;
import org.familyvoice.meetings.ContributionKind;
import org.familyvoice.meetings.ContributionService;
import org.familyvoice.meetings.HeardBy;
import org.familyvoice.meetings.MeetingFixtures;
import org.familyvoice.meetings.MeetingId;
import org.familyvoice.meetings.Visibility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The agenda on the meeting page: Priya accepts, merges, parks, adds her own item, reorders and publishes; a change
 * from a stale page is refused with a message and the fresh agenda; Leanne sees the published agenda without Kai's
 * private item; Kai sees his own private item.
 */
class AgendaViewTest extends KaribuTest {

    @Autowired MeetingFixtures fixtures;
    @Autowired ContributionService contributions;
    @Autowired AgendaService agenda;

    private static String words(String text) {
        return text + " " + (System.nanoTime() % 100000);
    }

    private List<String> agendaItems() {
        return _find(ListItem.class, spec -> spec.withClasses("fv-agenda-item")).stream()
                .map(li -> li.getElement().getTextRecursively()).toList();
    }

    private static void press(String ariaLabel) {
        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", ariaLabel)));
    }

    /** Everything the meeting page says (under Karibu the UI's own element lists no children). */
    private static String page() {
        return _get(MeetingView.class).getElement().getTextRecursively();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theWorkerBuildsAndPublishesTheAgendaAndEachFamilyMemberSeesWhatTheyMay() {
        MeetingId id = fixtures.harperMeeting(Duration.ofDays(12));

        String school = words("I like my new school");
        String secret = words("Dad's at weekends");
        String nan = words("I'd like to see Nan more");
        String attendance = words("Attendance is better");
        String holidays = words("The summer holidays");
        login(SignIn.YOUNG_HARPER);
        contributions.add(id, ContributionKind.GOING_WELL, school, HeardBy.SELF, Visibility.EVERYONE);
        contributions.add(id, ContributionKind.WORRIED_ABOUT, secret, HeardBy.WORKER, Visibility.WORKER_ONLY);
        contributions.add(id, ContributionKind.LIKE_TO_HAPPEN, nan, HeardBy.SELF, Visibility.EVERYONE);
        login(SignIn.PARENT_HARPER);
        contributions.add(id, ContributionKind.GOING_WELL, attendance, null, null);
        contributions.add(id, ContributionKind.QUESTION, holidays, null, null);

        login(SignIn.PRACTITIONER_NORTH);
        UI.getCurrent().navigate("meetings/" + id);
        assertThat(_find(H2.class, spec -> spec.withText("The agenda"))).hasSize(1);
        assertThat(_find(ListItem.class, spec -> spec.withClasses("fv-contribution")).stream()
                .map(li -> li.getElement().getTextRecursively()))
                .anyMatch(t -> t.contains(secret) && t.contains("Only for you") && t.contains("Kai Harper (young person)"));
        assertThat(page()).contains("Nothing is on the agenda yet.");

        // accept, in the order read: Kai's items still come first
        press("Put on the agenda: " + attendance);
        press("Put on the agenda: " + school);
        press("Put on the agenda: " + secret);
        assertThat(agendaItems()).hasSize(3);
        assertThat(agendaItems().get(0)).startsWith("1. What's going well").contains(school)
                .contains("Will say this themselves");
        assertThat(agendaItems().get(1)).startsWith("2. What I'm worried about").contains(secret).contains("Only for you");
        assertThat(agendaItems().get(2)).contains(attendance).contains("Leanne Harper (parent or carer)");

        // merge Kai's wish into his first item
        var into = (Select<AgendaItem>) _get(Select.class, spec -> spec.withPredicate(
                select -> select.getAriaLabel().orElse("").equals("Agenda item to merge into: " + nan)));
        assertThat(into.getLabel()).isEqualTo("Merge into…");
        AgendaItem schoolItem = into.getListDataView().getItems()
                .filter(i -> i.quotes().getFirst().text().equals(school)).findFirst().orElseThrow();
        _setValue(into, schoolItem);
        press("Merge into the chosen agenda item: " + nan);
        assertThat(agendaItems()).hasSize(3);
        assertThat(agendaItems().get(0)).contains(school).contains(nan);

        // park the other; it can come back
        press("Park, not for this meeting: " + holidays);
        assertThat(page()).contains("Nothing new from the family.");
        assertThat(_find(Button.class, spec -> spec.withAttribute("aria-label",
                "Bring back among the new items: " + holidays))).hasSize(1);

        // her own item, blank first (refused on the field, nothing lost), then with words
        var own = _get(TextArea.class, spec -> spec.withLabel("Your item"));
        _setValue(own, "   ");
        _click(_get(Button.class, spec -> spec.withText("Add to the agenda")));
        assertThat(own.isInvalid()).isTrue();
        assertThat(own.getErrorMessage()).isEqualTo("Write your item.");
        String review = words("Review in six weeks");
        _setValue(own, review);
        _click(_get(Button.class, spec -> spec.withText("Add to the agenda")));
        assertThat(agendaItems()).hasSize(4);
        assertThat(agendaItems().get(3)).startsWith("4. From the social worker").contains(review);

        // reorder: up twice, then the young person's items first again
        press("Move up: " + review);
        press("Move up: " + review);
        assertThat(agendaItems().get(1)).contains(review);
        _click(_get(Button.class, spec -> spec.withText("Young person's items first")));
        assertThat(agendaItems().get(0)).contains(school);
        assertThat(agendaItems().get(3)).contains(review);

        // meanwhile the manager adds an item: Priya's next change from the page she has is refused, with the
        // message read out, and she sees the agenda as it is now
        String managers = words("Manager's note");
        signIn.as(SignIn.MANAGER_NORTH);
        agenda.addOwn(id, agenda.staffAgenda(id).agendaVersion(), managers);
        login(SignIn.PRACTITIONER_NORTH);
        press("Move up: " + review);
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("fv-form-error")))
                .singleElement().satisfies(p -> {
                    assertThat(p.getText()).isEqualTo("Someone else changed this agenda while you were looking at it. "
                            + "Nothing was saved: here it is as it is now.");
                    assertThat(p.getElement().getAttribute("role")).isEqualTo("alert");
                });
        assertThat(agendaItems()).hasSize(5);
        assertThat(agendaItems().get(3)).contains(review);
        assertThat(agendaItems().get(4)).contains(managers);

        // not published yet: the family see no agenda
        login(SignIn.PARENT_HARPER);
        UI.getCurrent().navigate("meetings/" + id);
        assertThat(_find(H2.class, spec -> spec.withText("The agenda"))).isEmpty();

        login(SignIn.PRACTITIONER_NORTH);
        UI.getCurrent().navigate("meetings/" + id);
        _click(_get(Button.class, spec -> spec.withText("Publish the agenda")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(page()).contains("Published on").doesNotContain("later than");
        assertThat(_find(Button.class, spec -> spec.withText("Publish the agenda"))).isEmpty();
        assertThat(page()).contains("never in it");

        login(SignIn.PARENT_HARPER);
        UI.getCurrent().navigate("meetings/" + id);
        assertThat(_find(H2.class, spec -> spec.withText("The agenda"))).hasSize(1);
        assertThat(agendaItems()).hasSize(4);
        assertThat(agendaItems().get(0)).contains(school).contains(nan).contains("Kai Harper wrote:")
                .contains("Kai Harper will say this themselves");
        assertThat(agendaItems().get(1)).contains(attendance).contains("You wrote:");
        assertThat(agendaItems()).noneMatch(t -> t.contains(secret));
        assertThat(page()).doesNotContain("Dad's at weekends");
        assertThat(_find(Anchor.class, spec -> spec.withText("Download the printable agenda (PDF)"))).hasSize(1);

        login(SignIn.YOUNG_HARPER);
        UI.getCurrent().navigate("meetings/" + id);
        assertThat(agendaItems()).hasSize(5);
        assertThat(agendaItems().get(0)).contains("You wrote:").contains("You'll say this yourself");
        assertThat(agendaItems().get(1)).contains(secret).contains("Only your social worker sees this");
    }
}

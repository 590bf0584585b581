package org.familyvoice.improvement.ui;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.familyvoice.KaribuTest;
import org.familyvoice.SignIn;
import org.familyvoice.TestClock;
import org.familyvoice.base.ui.Formats;
import org.familyvoice.improvement.ActionChoice;
import org.familyvoice.improvement.ActionDraft;
import org.familyvoice.improvement.ActionStatus;
import org.familyvoice.improvement.Evidence;
import org.familyvoice.improvement.ImprovementPlanService;
import org.familyvoice.improvement.PlanFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.familyvoice.improvement.PlanFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

/** The improvement plan page as a manager keeps it, as a practitioner reads it, and as nobody else can open it. */
class ImprovementPlanViewTest extends KaribuTest {

    @Autowired ImprovementPlanService plan;
    @Autowired PlanFixtures fixtures;
    @Autowired TestClock clock;

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Formats.ZONE);
    }

    private static void press(String ariaLabel) {
        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", ariaLabel)));
    }

    /** The text of the page and of any dialog open over it. */
    private static String page() {
        StringBuilder text = new StringBuilder();
        _find(Main.class).forEach(m -> text.append(m.getElement().getTextRecursively()).append('\n'));
        _find(Dialog.class).forEach(d -> text.append(d.getElement().getTextRecursively()).append('\n'));
        return text.toString();
    }

    /** The action's card on the plan: exactly one has its title. */
    private static ListItem card(String title) {
        List<ListItem> cards = _find(ListItem.class, spec -> spec.withClasses("fv-plan-action-card")).stream()
                .filter(li -> _get(li, H3.class).getText().equals(title)).toList();
        assertThat(cards).hasSize(1);
        return cards.getFirst();
    }

    private static boolean showsNotFound() {
        return !_find(H1.class, spec -> spec.withText("Page not found")).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aManagerAddsAnActionAndANoteAndSeesThem() {
        login(SignIn.MANAGER_NORTH);
        UI.getCurrent().navigate("improvement-plan");
        assertThat(_get(H1.class).getText()).isEqualTo("Improvement plan");
        assertThat(_find(H2.class).stream().map(H2::getText)).contains("Timeliness and drift", "Permanence");

        press("Add an action to Timeliness and drift");
        // nothing typed: refused on the field, the dialog stays open
        _click(_get(Button.class, spec -> spec.withText("Save action")));
        TextField title = _get(TextField.class, spec -> spec.withLabel("What will be done"));
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("Say what will be done.");

        String what = unique("Every family hears back within one working day");
        _setValue(title, what);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Owner")), "Head of Service, North");
        LocalDate due = today().plusMonths(3);
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Due by")), due);
        _setValue((Select<ActionStatus>) _get(Select.class, spec -> spec.withLabel("Status")), ActionStatus.ON_TRACK);
        _click(_get(Button.class, spec -> spec.withText("Save action")));

        ListItem card = card(what);
        assertThat(_get(card, H3.class).getText()).isEqualTo(what);
        String cardText = card.getElement().getTextRecursively();
        assertThat(cardText).contains("On track", "Head of Service, North", Formats.date(due)).doesNotContain("Overdue");

        press("Progress and evidence: " + what);
        assertThat(page()).contains("No progress notes yet.", "No evidence linked yet.");
        _click(_get(Button.class, spec -> spec.withText("Add note")));
        assertThat(_get(TextArea.class, spec -> spec.withLabel("New progress note")).isInvalid()).isTrue();
        _setValue(_get(TextArea.class, spec -> spec.withLabel("New progress note")),
                "Met the team leaders; call-back log starts Monday.");
        _click(_get(Button.class, spec -> spec.withText("Add note")));
        List<String> notes = _find(ListItem.class, spec -> spec.withClasses("fv-plan-note")).stream()
                .map(li -> li.getElement().getTextRecursively()).toList();
        assertThat(notes).singleElement().satisfies(n -> assertThat(n)
                .contains("Met the team leaders; call-back log starts Monday.").contains("Morgan Reid"));
        assertThat(_get(TextArea.class, spec -> spec.withLabel("New progress note")).getValue()).isEmpty();
        _click(_get(Button.class, spec -> spec.withText("Close")));

        // and the edit: moved to at risk, the badge says so in words
        press("Edit the action " + what);
        _setValue((Select<ActionStatus>) _get(Select.class, spec -> spec.withLabel("Status")), ActionStatus.AT_RISK);
        _click(_get(Button.class, spec -> spec.withText("Save")));
        assertThat(card(what).getElement().getTextRecursively()).contains("At risk");
    }

    @Test
    void aPractitionerReadsThePlanAndItsEvidenceWithoutAnyButtonToChangeIt() {
        signIn.as(SignIn.MANAGER_NORTH);
        String what = unique("Fathers invited to every review");
        long actionId = plan.addAction(new ActionDraft(fixtures.areaId("VOICE_OF_CHILD"), what, "Principal social worker",
                today().minusDays(3), ActionStatus.AT_RISK));
        plan.addNote(actionId, "Two teams started.");
        long item = fixtures.voiceItem("Dad (Tom Harper) was never asked", "Dad ([name]) was never asked", today());
        plan.linkQuote(actionId, item);
        SignIn.out();

        login(SignIn.PRACTITIONER_NORTH);
        UI.getCurrent().navigate("improvement-plan");
        assertThat(page()).contains(what, "At risk", "Overdue", "You can read the plan. Managers keep it up to date.");
        for (String text : List.of("Add action", "Edit", "Edit area", "Stop using area", "Add an improvement area")) {
            assertThat(_find(Button.class, spec -> spec.withText(text))).as(text).isEmpty();
        }
        press("Progress and evidence: " + what);
        assertThat(page()).contains("Two teams started.", "Dad ([name]) was never asked").doesNotContain("Tom Harper");
        for (String text : List.of("Add note", "Unlink", "Link theme")) {
            assertThat(_find(Button.class, spec -> spec.withText(text))).as(text).isEmpty();
        }
        assertThat(_find(TextArea.class)).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aManagerLinksAQuoteFromAnotherPageAndUnlinksItOnThePlan() {
        signIn.as(SignIn.MANAGER_SOUTH);
        String what = unique("Plans sent in writing within five days");
        long actionId = plan.addAction(new ActionDraft(fixtures.areaId("PLANNING_REVIEW"), what, "Service manager",
                today().plusMonths(2), ActionStatus.NOT_STARTED));
        long item = fixtures.voiceItem("I never got the plan, call me on 07700 900456",
                "I never got the plan, call me on [phone]", today().minusDays(2));
        SignIn.out();

        login(SignIn.MANAGER_SOUTH);
        UI.getCurrent().navigate("improvement-plan");
        boolean[] afterLink = {false};
        LinkEvidenceDialog.forQuote(plan, item, () -> afterLink[0] = true).open();
        _click(_get(Button.class, spec -> spec.withText("Link")));
        ComboBox<ActionChoice> action = _get(ComboBox.class, spec -> spec.withLabel("Improvement action"));
        assertThat(action.isInvalid()).isTrue();
        ActionChoice choice = action.getListDataView().getItems().filter(c -> c.id() == actionId).findFirst().orElseThrow();
        assertThat(action.getItemLabelGenerator().apply(choice)).isEqualTo("Planning and review: " + what + " (Not started)");
        _setValue(action, choice);
        _click(_get(Button.class, spec -> spec.withText("Link")));
        assertThat(afterLink[0]).isTrue();
        assertThat(plan.evidence(actionId)).extracting(Evidence::text).containsExactly("I never got the plan, call me on [phone]");

        // the same quote again: refused on the field, the dialog stays open
        LinkEvidenceDialog.forQuote(plan, item, () -> { }).open();
        action = _get(ComboBox.class, spec -> spec.withLabel("Improvement action"));
        _setValue(action, choice);
        _click(_get(Button.class, spec -> spec.withText("Link")));
        assertThat(action.isInvalid()).isTrue();
        assertThat(action.getErrorMessage()).isEqualTo("This quote is already evidence for that action.");
        _click(_get(Button.class, spec -> spec.withText("Cancel")));

        UI.getCurrent().navigate("improvement-plan");
        press("Progress and evidence: " + what);
        assertThat(page()).contains("I never got the plan, call me on [phone]").doesNotContain("07700");
        press("Unlink the evidence I never got the plan, call me on [phone]");
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(page()).contains("No evidence linked yet.");
        assertThat(plan.evidence(actionId)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"parent.harper, improvement-plan", "young.harper, improvement-plan", "parent.novak, improvement-plan",
            "parent.harper, theme-taxonomy", "practitioner.north, theme-taxonomy"})
    void whoMayNotOpenAPageFindsNothingThere(String username, String route) {
        login(username);
        UI.getCurrent().navigate(route);
        assertThat(showsNotFound()).isTrue();
        assertThat(page()).doesNotContain("Timeliness and drift").doesNotContain("Keywords");
    }
}

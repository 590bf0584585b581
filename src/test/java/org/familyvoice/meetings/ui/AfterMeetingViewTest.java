package org.familyvoice.meetings.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.familyvoice.KaribuTest;
import org.familyvoice.SignIn;
import org.familyvoice.TestClock;
import org.familyvoice.meetings.AfterMeetingService;
import org.familyvoice.meetings.AgendaItemId;
import org.familyvoice.meetings.CheckAnswer;
import org.familyvoice.meetings.ContributionId;
import org.familyvoice.meetings.ContributionKind;
import org.familyvoice.meetings.ContributionService;
import org.familyvoice.meetings.HeardBy;
import org.familyvoice.meetings.MeetingFixtures;
import org.familyvoice.meetings.MeetingId;
import org.familyvoice.meetings.Visibility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * After the Harpers' meeting, through the pages: the worker records and shares the plan, Leanne reads it without Kai's
 * private words, Kai answers the check, the North manager sees the answers side by side and in aggregate, and the
 * South manager finds nothing of it.
 */
class AfterMeetingViewTest extends KaribuTest {

    @Autowired JdbcClient jdbc;
    @Autowired MeetingFixtures fixtures;
    @Autowired ContributionService contributions;
    @Autowired AfterMeetingService after;
    @Autowired TestClock clock;

    private String secret;
    private String shared;

    /** A Harper meeting that ended an hour ago, with Kai's shared and private items and the worker's own on the agenda. */
    private MeetingId pastMeetingWithAgenda() {
        MeetingId id = fixtures.harperMeeting(Duration.ofDays(12));
        shared = "I like my new school " + System.nanoTime();
        secret = "I don't want to go to Dad's at weekends " + System.nanoTime();
        login(SignIn.YOUNG_HARPER);
        ContributionId kaiShared = contributions.add(id, ContributionKind.GOING_WELL, shared, null, null);
        ContributionId kaiPrivate = contributions.add(id, ContributionKind.WORRIED_ABOUT, secret, HeardBy.WORKER,
                Visibility.WORKER_ONLY);
        item(id, 1, null, kaiShared);
        item(id, 2, null, kaiPrivate);
        item(id, 3, "School transport from January", null);
        jdbc.sql("update meeting set starts_at = :t where id = :id")
                .param("t", Timestamp.from(clock.instant().minus(Duration.ofHours(2)))).param("id", id.value()).update();
        return id;
    }

    private AgendaItemId item(MeetingId meeting, int order, String staffText, ContributionId quoted) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        insert into agenda_item (meeting_id, sort_order, origin, kind, staff_text, created_by, created_at)
                        values (:m, :o, :origin, :kind, :text,
                                (select id from app_user where username = 'practitioner.north'), current_timestamp)""")
                .param("m", meeting.value()).param("o", order).param("origin", staffText == null ? "FAMILY" : "PRACTITIONER")
                .param("kind", staffText == null ? "GOING_WELL" : "STAFF").param("text", staffText).update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        if (quoted != null) {
            jdbc.sql("update meeting_contribution set agenda_state = 'ON_AGENDA', agenda_item_id = :i where id = :c")
                    .param("i", id).param("c", quoted.value()).update();
        }
        return new AgendaItemId(id);
    }

    private String page() {
        return UI.getCurrent().getElement().getTextRecursively();
    }

    private String section(String className) {
        return _get(Section.class, spec -> spec.withClasses(className)).getElement().getTextRecursively();
    }

    private LocalDate meetingDay(MeetingId id) {
        return jdbc.sql("select starts_at from meeting where id = :id").param("id", id.value()).query(Timestamp.class)
                .single().toInstant().atZone(ZoneId.of("Europe/London")).toLocalDate();
    }

    @Test
    void theWorkerRecordsAndSharesThePlanAndLeanneReadsItWithoutKaisPrivateWords() {
        MeetingId id = pastMeetingWithAgenda();
        LocalDate day = meetingDay(id);

        // before sharing, the family sees no plan
        login(SignIn.PARENT_HARPER);
        UI.getCurrent().navigate("meetings/" + id);
        assertThat(_find(H2.class, spec -> spec.withText("Your plan"))).isEmpty();

        login(SignIn.PRACTITIONER_NORTH);
        UI.getCurrent().navigate("meetings/" + id);
        assertThat(_find(H2.class, spec -> spec.withText("Outcomes and actions"))).hasSize(1);
        assertThat(section("fv-outcomes")).contains(secret).contains("Only for you");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Outcome for item 1")), "Kai stays at Northgate School.");
        _click(_find(Button.class, spec -> spec.withText("Save outcome")).getFirst());
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Outcome for item 2")), "Worker to see Kai on his own.");
        _click(_find(Button.class, spec -> spec.withText("Save outcome")).get(1));
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Outcome for item 3")), "Bus pass applied for.");
        _click(_find(Button.class, spec -> spec.withText("Save outcome")).get(2));

        // an action dated before the meeting is refused on its field, and what was typed stays
        _setValue(_get(TextArea.class, spec -> spec.withLabel("What will be done")), "apply for Kai's bus pass");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Who will do it")), "Priya (social worker)");
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("By when")), day.minusDays(3));
        _click(_get(Button.class, spec -> spec.withText("Add action")));
        assertThat(_get(DatePicker.class, spec -> spec.withLabel("By when")).isInvalid()).isTrue();
        assertThat(_get(TextField.class, spec -> spec.withLabel("Who will do it")).getValue())
                .isEqualTo("Priya (social worker)");
        LocalDate due = day.plusDays(4);
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("By when")), due);
        _click(_get(Button.class, spec -> spec.withText("Add action")));
        assertThat(section("fv-outcomes")).contains("Priya (social worker) will apply for Kai's bus pass by "
                + PlanWords.day(due));

        LocalDate review = day.plusWeeks(6);
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Date of the next review")), review);
        _click(_get(Button.class, spec -> spec.withText("Save review date")));
        _click(_get(Button.class, spec -> spec.withText("Share the plan with the family")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(section("fv-outcomes")).contains("Shared with the family on");
        assertThat(_find(Button.class, spec -> spec.withText("Share the plan with the family"))).isEmpty();

        login(SignIn.PARENT_HARPER);
        UI.getCurrent().navigate("my-meetings");
        UI.getCurrent().navigate("meetings/" + id);
        assertThat(_find(H2.class, spec -> spec.withText("Your plan"))).hasSize(1);
        List<String> headings = _find(H2.class).stream().map(H2::getText).toList();
        assertThat(headings.indexOf("Your plan")).as("once it has taken place the plan comes first: " + headings)
                .isGreaterThanOrEqualTo(0).isLessThan(headings.indexOf("What I want to talk about"));
        String plan = section("fv-family-plan");
        assertThat(plan).contains("What we talked about and what was decided", "Kai Harper said:", shared,
                "Kai stays at Northgate School.", "Your social worker raised:", "School transport from January",
                "Who will do what, and by when", "Priya (social worker) will apply for Kai's bus pass by "
                        + PlanWords.day(due), "Your next review meeting", "Around " + PlanWords.day(review));
        assertThat(page()).doesNotContain(secret).doesNotContain("Dad's at weekends")
                .doesNotContain("Worker to see Kai on his own.");

        login(SignIn.YOUNG_HARPER);
        UI.getCurrent().navigate("my-meetings");
        UI.getCurrent().navigate("meetings/" + id);
        assertThat(section("fv-family-plan")).contains("What we talked about and what we decided", "You said:", secret,
                "Worker to see Kai on his own.", "Your next meeting");
    }

    @Test
    @SuppressWarnings("unchecked")
    void kaiAnswersTheCheckOnceAndTheManagersSeeOnlyTheirOwnTeam() {
        MeetingId id = pastMeetingWithAgenda();
        login(SignIn.YOUNG_HARPER);
        UI.getCurrent().navigate("meetings/" + id);
        assertThat(_find(H2.class, spec -> spec.withText("How did the meeting go?"))).hasSize(1);
        var consent = _get(Checkbox.class,
                spec -> spec.withLabel("You can use what I wrote, without my name, to improve the service"));
        assertThat(consent.getValue()).as("consent starts unticked").isFalse();
        // nothing chosen: the first question says so
        _click(_get(Button.class, spec -> spec.withText("Send")));
        assertThat(_get(RadioButtonGroup.class, spec -> spec.withLabel("Did you feel listened to?")).isInvalid()).isTrue();
        var listened = (RadioButtonGroup<CheckAnswer>) _get(RadioButtonGroup.class,
                spec -> spec.withLabel("Did you feel listened to?"));
        assertThat(listened.getItemLabelGenerator().apply(CheckAnswer.PARTLY)).isEqualTo("A bit");
        _setValue(listened, CheckAnswer.YES);
        _setValue((RadioButtonGroup<CheckAnswer>) _get(RadioButtonGroup.class,
                spec -> spec.withLabel("Do you know what happens next?")), CheckAnswer.PARTLY);
        String words = "I still don't know about weekends <b>really</b> " + System.nanoTime();
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Anything else? (optional)")), words);
        _setValue(consent, true);
        _click(_get(Button.class, spec -> spec.withText("Send")));
        assertThat(section("fv-meeting-check")).contains("Thanks for telling us how the meeting went.");
        UI.getCurrent().navigate("my-meetings");
        UI.getCurrent().navigate("meetings/" + id);
        assertThat(section("fv-meeting-check")).contains("Thanks for telling us how the meeting went.");
        assertThat(_find(Button.class, spec -> spec.withText("Send"))).isEmpty();

        // the worker answers the same two questions about the family
        login(SignIn.PRACTITIONER_NORTH);
        UI.getCurrent().navigate("meetings/" + id);
        _setValue((RadioButtonGroup<CheckAnswer>) _get(RadioButtonGroup.class,
                spec -> spec.withLabel("Did the family seem listened to?")), CheckAnswer.YES);
        _setValue((RadioButtonGroup<CheckAnswer>) _get(RadioButtonGroup.class,
                spec -> spec.withLabel("Does the family know what happens next?")), CheckAnswer.NO);
        NotificationsKt.clearNotifications();
        _click(_get(Button.class, spec -> spec.withText("Send")));
        expectNotifications("Your answers are saved.");

        login(SignIn.MANAGER_NORTH);
        UI.getCurrent().navigate("meetings/" + id);
        NativeTable table = _get(NativeTable.class, spec -> spec.withClasses("fv-table"));
        assertThat(table.getCaptionText()).isEqualTo("Post-meeting check answers, side by side");
        List<String> headers = table.getHead().getRows().getFirst().getHeaderCells().stream()
                .map(c -> c.getElement().getTextRecursively()).toList();
        assertThat(headers).containsExactly("Question", "Child or young person", "Parent or carer", "Practitioner");
        List<List<String>> rows = table.getBody().getRows().stream().map(r -> r.getAllCells().stream()
                .map(c -> c.getElement().getTextRecursively()).toList()).toList();
        String worker = jdbc.sql("select display_name from app_user where username = 'practitioner.north'")
                .query(String.class).single();
        assertThat(rows.get(0)).containsExactly("Felt listened to", "Kai Harper: Yes", "Not answered yet",
                worker + ": Yes");
        assertThat(rows.get(1)).containsExactly("Knows what happens next", "Kai Harper: Partly", "Not answered yet",
                worker + ": No");
        assertThat(rows.get(2).get(1)).contains(words).contains("May be used without the name");
        assertThat(table.getElement().getTextRecursively()).contains("<b>really</b>"); // shown as text, not markup

        UI.getCurrent().navigate("meeting-checks");
        assertThat(_get(H1.class).getText()).isEqualTo("How meetings went");
        NativeTable summary = _get(NativeTable.class, spec -> spec.withClasses("fv-table"));
        List<List<String>> figures = summary.getBody().getRows().stream().map(r -> r.getAllCells().stream()
                .map(c -> c.getElement().getTextRecursively()).toList()).toList();
        // the demo data holds a year of North's checks, so children and parents may be enough people for figures
        // (how many depends on how far other tests moved the clock): never a number below 5. Only two
        // practitioners answer in North, so their side always reads "fewer than 5".
        assertThat(figures.getFirst()).hasSize(4).startsWith("How many answered").endsWith("fewer than 5");
        assertThat(figures.getFirst().subList(1, 3))
                .allMatch(n -> n.equals("fewer than 5") || n.matches("\\d+") && Integer.parseInt(n) >= 5);
        Grid<?> grid = _get(Grid.class);
        List<String> listed = IntStream.range(0, GridKt._size(grid))
                .mapToObj(i -> String.join(" | ", GridKt._getFormattedRow(grid, i))).toList();
        assertThat(listed).anyMatch(r -> r.contains("The Harper family") && r.contains("Kai Harper: listened Yes, knows next Partly"));

        login(SignIn.MANAGER_SOUTH);
        UI.getCurrent().navigate("meetings/" + id);
        assertThat(_find(H1.class, spec -> spec.withText("Page not found"))).hasSize(1);
        assertThat(page()).doesNotContain(words);
        UI.getCurrent().navigate("meeting-checks");
        Grid<?> south = _get(Grid.class);
        assertThat(IntStream.range(0, GridKt._size(south)).mapToObj(i -> String.join(" | ", GridKt._getFormattedRow(south, i))))
                .noneMatch(r -> r.contains("Harper"));

        login(SignIn.PRACTITIONER_NORTH);
        UI.getCurrent().navigate("meeting-checks");
        assertThat(_find(H1.class, spec -> spec.withText("Page not found"))).hasSize(1);
    }

    @Test
    void aChangeMadeMeanwhileIsShownInsteadOfOverwritten() {
        MeetingId id = pastMeetingWithAgenda();
        login(SignIn.PRACTITIONER_NORTH);
        UI.getCurrent().navigate("meetings/" + id);
        // the manager records an outcome while the worker's page is open
        login(SignIn.MANAGER_NORTH);
        var first = after.outcomes(id).items().getFirst();
        after.recordOutcome(id, after.outcomes(id).agendaVersion(), first.id(), "The manager's outcome");
        login(SignIn.PRACTITIONER_NORTH);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Outcome for item 1")), "The worker's older view");
        NotificationsKt.clearNotifications();
        _click(_find(Button.class, spec -> spec.withText("Save outcome")).getFirst());
        expectNotifications("Someone else changed this agenda while you were looking at it. Nothing was saved: here it "
                + "is as it is now.");
        assertThat(_get(TextArea.class, spec -> spec.withLabel("Outcome for item 1")).getValue())
                .isEqualTo("The manager's outcome");
    }
}

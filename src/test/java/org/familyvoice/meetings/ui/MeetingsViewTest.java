package org.familyvoice.meetings.ui;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import org.familyvoice.KaribuTest;
import org.familyvoice.SignIn;
import org.familyvoice.TestClock;
import org.familyvoice.base.FamilyId;
import org.familyvoice.base.ui.Formats;
import org.familyvoice.families.FamilyMember;
import org.familyvoice.families.FamilyService;
import org.familyvoice.meetings.Meeting;
import org.familyvoice.meetings.MeetingFixtures;
import org.familyvoice.meetings.MeetingId;
import org.familyvoice.meetings.MeetingPlan;
import org.familyvoice.meetings.MeetingService;
import org.familyvoice.meetings.MeetingStatus;
import org.familyvoice.meetings.MeetingType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The practitioner's meetings on the family page, the meeting page, and a family member's meetings. */
class MeetingsViewTest extends KaribuTest {

    @Autowired MeetingFixtures fixtures;
    @Autowired MeetingService meetings;
    @Autowired FamilyService families;
    @Autowired TestClock clock;

    private boolean showsNotFound() {
        return !_find(H1.class, spec -> spec.withText("Page not found")).isEmpty();
    }

    private List<String> paragraphs() {
        return _find(Paragraph.class).stream()
                .map(p -> p.getElement().getTextRecursively().replaceAll("\\s+", " ").strip()).toList();
    }

    @Test
    @SuppressWarnings("unchecked")
    void thePractitionerSchedulesAMeetingFromTheFamilyPageAndTheInvitedYoungPersonSeesIt() {
        FamilyId harper = fixtures.family("FV-1001");
        login(SignIn.PRACTITIONER_NORTH);
        UI.getCurrent().navigate("families/" + harper);
        assertThat(_find(H2.class, spec -> spec.withText("Meetings"))).hasSize(1);
        _click(_get(Button.class, spec -> spec.withText("Schedule a meeting")));

        LocalDate day = LocalDate.ofInstant(clock.instant(), Formats.ZONE).plusDays(9);
        _setValue(_get(Select.class, spec -> spec.withLabel("What kind of meeting")), MeetingType.FAMILY_GROUP_CONFERENCE);
        // refused first: nowhere to meet; the message sits under the place field and nothing is saved
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Date")), day);
        _setValue(_get(TimePicker.class, spec -> spec.withLabel("Start time")), LocalTime.of(14, 30));
        var invited = (CheckboxGroup<FamilyMember>) _get(CheckboxGroup.class, spec -> spec.withLabel("Invite family members"));
        FamilyMember kai = invited.getListDataView().getItems().filter(m -> m.name().equals("Kai Harper")).findFirst()
                .orElseThrow();
        assertThat(invited.getListDataView().getItems().map(FamilyMember::name)).doesNotContain("Tom Harper");
        _setValue(invited, Set.of(kai));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Name")), "Ms Patel");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Who they are")), "Class teacher");
        _click(_get(Button.class, spec -> spec.withText("Schedule and tell the family")));
        TextField place = _get(TextField.class, spec -> spec.withLabel("Place"));
        assertThat(place.isInvalid()).isTrue();
        assertThat(place.getErrorMessage()).isEqualTo("Add where the meeting is: a place, an online link, or both.");

        _setValue(place, "Northgate Family Centre");
        _click(_get(Button.class, spec -> spec.withText("Schedule and tell the family")));
        assertThat(_find(Select.class)).isEmpty(); // the dialog closed

        Grid<Meeting> grid = _get(Grid.class, spec -> spec.withPredicate(g -> g.getAriaLabel().orElse("").equals("Meetings")));
        var startsAt = ZonedDateTime.of(day, LocalTime.of(14, 30), Formats.ZONE).toInstant();
        Meeting made = _findAll(grid).stream().filter(m -> m.startsAt().equals(startsAt)
                && m.type() == MeetingType.FAMILY_GROUP_CONFERENCE).findFirst().orElseThrow();
        assertThat(made.attendees()).extracting(a -> a.name()).containsExactly("Kai Harper", "Ms Patel");
        assertThat(made.place()).isEqualTo("Northgate Family Centre");

        login(SignIn.YOUNG_HARPER);
        UI.getCurrent().navigate("my-meetings");
        assertThat(_get(H1.class).getText()).isEqualTo("Your meetings");
        assertThat(_find(H3.class).stream().map(H3::getText)).contains("Family group conference");
        UI.getCurrent().navigate("meetings/" + made.id());
        assertThat(_get(H1.class).getText()).isEqualTo("Family group conference");
        assertThat(_find(ListItem.class).stream().map(ListItem::getText)).contains("Kai Harper (Son)", "Ms Patel (Class teacher)");
        assertThat(paragraphs()).contains("Where: Northgate Family Centre");

        login(SignIn.PARENT_HARPER); // not invited to this one
        UI.getCurrent().navigate("meetings/" + made.id());
        assertThat(showsNotFound()).isTrue();
    }

    @Test
    void thePractitionerCancelsWithAReasonAndTheFamilySeesItCancelled() {
        FamilyId harper = fixtures.family("FV-1001");
        login(SignIn.PRACTITIONER_NORTH);
        MeetingId id = meetings.schedule(harper, new MeetingPlan(MeetingType.CIN_REVIEW,
                clock.instant().plus(Duration.ofDays(15)), 60, "Town Hall", null,
                List.of(fixtures.member(harper, "Kai Harper")), List.of()));

        UI.getCurrent().navigate("meetings/" + id);
        assertThat(_get(H1.class).getText()).isEqualTo("Child in need review");
        _click(_get(Button.class, spec -> spec.withText("Cancel meeting")));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Why is it cancelled?")), "Kai has exams that week");
        ConfirmDialogKt._fireConfirm(confirm);
        assertThat(meetings.getMeeting(id).status()).isEqualTo(MeetingStatus.CANCELLED);
        assertThat(paragraphs()).contains("Cancelled. Reason given: Kai has exams that week");
        assertThat(_find(Button.class, spec -> spec.withText("Cancel meeting"))).isEmpty();

        login(SignIn.YOUNG_HARPER);
        UI.getCurrent().navigate("my-meetings");
        assertThat(paragraphs()).contains("Cancelled. Reason given: Kai has exams that week");
    }

    @Test
    void aParentSeesTheirMeetingsOnTheirHomePageWithTheDaysLeftToAddTheirItems() {
        // other tests move the shared clock on, so this test makes its own meeting rather than use the demo one
        MeetingId id = fixtures.harperMeeting(Duration.ofDays(9), "Leanne Harper");
        login(SignIn.PARENT_HARPER);
        Meeting next = meetings.getMeeting(id);
        long days = next.daysLeftToContribute(clock.instant(), Formats.ZONE);
        assertThat(days).isBetween(6L, 7L); // nine days away, items close two days before, counted in UK days

        UI.getCurrent().navigate("my-family");
        assertThat(_find(H2.class).stream().map(H2::getText)).contains("Your meetings");
        assertThat(_find(H3.class).stream().map(H3::getText)).contains("Child in need meeting", "Past meetings");
        assertThat(paragraphs()).contains(days + " days left to add what you want to talk about.");

        UI.getCurrent().navigate("my-meetings");
        assertThat(_find(H1.class)).hasSize(1);
        assertThat(_find(H2.class).stream().map(H2::getText)).containsExactly("Coming up", "Past meetings");
        assertThat(paragraphs()).contains(days + " days left to add what you want to talk about.",
                "Meetings about your family that you are invited to. You can add what you want to talk about until 2 days before each meeting.");
    }

    @Test
    void anotherFamilysMeetingOrAMadeUpIdShowsNotFound() {
        FamilyId adeyemi = fixtures.family("FV-2001");
        login(SignIn.PRACTITIONER_SOUTH);
        var grace = families.members(adeyemi).stream().filter(FamilyMember::hasAccount).findFirst().orElseThrow();
        MeetingId south = meetings.schedule(adeyemi, new MeetingPlan(MeetingType.LAC_REVIEW,
                clock.instant().plus(Duration.ofDays(3)), 60, null, "https://meet.example.org/a", List.of(grace.id()),
                List.of()));
        UI.getCurrent().navigate("meetings/" + south);
        assertThat(_get(H1.class).getText()).isEqualTo("Looked-after child review");

        for (String who : List.of(SignIn.PRACTITIONER_NORTH, SignIn.PARENT_HARPER, SignIn.MANAGER_NORTH)) {
            login(who);
            for (String id : List.of(south.toString(), "999999", "abc", "-1", "0")) {
                UI.getCurrent().navigate("meetings/" + id);
                assertThat(showsNotFound()).as(who + " meetings/" + id).isTrue();
            }
        }
        login(SignIn.ADMIN);
        UI.getCurrent().navigate("meetings/" + south);
        assertThat(showsNotFound()).isTrue();
    }
}

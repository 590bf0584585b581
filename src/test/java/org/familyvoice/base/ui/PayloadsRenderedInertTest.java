package org.familyvoice.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.dom.Element;
import org.familyvoice.KaribuTest;
import org.familyvoice.SignIn;
import org.familyvoice.base.InjectionPayloads;
import org.familyvoice.families.FamilyService;
import org.familyvoice.families.MemberType;
import org.familyvoice.improvement.ImprovementPlanService;
import org.familyvoice.base.StorableText;
import org.familyvoice.feedback.AlertId;
import org.familyvoice.feedback.SafeguardingService;
import org.familyvoice.feedback.TextToScreen;
import org.familyvoice.meetings.AfterMeetingService;
import org.familyvoice.meetings.AgendaItemId;
import org.familyvoice.meetings.AgendaService;
import org.familyvoice.meetings.MeetingPlan;
import org.familyvoice.meetings.MeetingService;
import org.familyvoice.meetings.MeetingType;
import org.familyvoice.meetings.OtherAttendee;
import org.familyvoice.themes.TaxonomyService;
import org.familyvoice.themes.ThemeEdit;
import org.familyvoice.meetings.ContributionKind;
import org.familyvoice.meetings.ContributionService;
import org.familyvoice.meetings.MeetingFixtures;
import org.familyvoice.meetings.MeetingId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The most dangerous payloads, stored through the services, on the pages that show them (the meeting page with the
 * family's contributions and the worker's agenda items, a family's page with its members, the improvement plan):
 * each appears as the exact text of a component or grid cell, and none became an element or attribute. Feedback
 * pages are covered the same way by feedback.ui.UnusualTextTest. The main code has no Html component, no
 * innerHTML property and no executeJs with people's words in its script (only as $0 parameters), so this holds by
 * construction; the test keeps it so.
 */
class PayloadsRenderedInertTest extends KaribuTest {

    /** Tags that a payload would have created had it been taken as markup (the pages use none of them). */
    private static final Set<String> FROM_PAYLOADS = Set.of("script", "svg", "b", "i", "iframe", "object", "embed",
            "style", "math", "template", "marquee", "video", "audio", "details", "form");

    @Autowired MeetingFixtures meetings;
    @Autowired ContributionService contributions;
    @Autowired AgendaService agenda;
    @Autowired FamilyService families;
    @Autowired ImprovementPlanService plan;
    @Autowired MeetingService meetingService;
    @Autowired AfterMeetingService after;
    @Autowired TaxonomyService taxonomy;
    @Autowired SafeguardingService safeguarding;
    @Autowired org.springframework.transaction.support.TransactionTemplate tx;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private static final List<String> DANGEROUS = InjectionPayloads.dangerous();

    @Test
    void onTheMeetingPageContributionsAndAgendaItemsAreText() {
        MeetingId meeting = meetings.harperMeeting(Duration.ofDays(14));
        signIn.as(SignIn.YOUNG_HARPER);
        DANGEROUS.forEach(p -> contributions.add(meeting, ContributionKind.WORRIED_ABOUT, p, null, null));
        signIn.as(SignIn.PRACTITIONER_NORTH);
        DANGEROUS.forEach(p -> agenda.addOwn(meeting, agenda.staffAgenda(meeting).agendaVersion(), p));

        login(SignIn.PRACTITIONER_NORTH);
        UI.getCurrent().navigate("meetings/" + meeting);
        // each at least twice: once as Kai's contribution, once as Priya's agenda item
        DANGEROUS.forEach(p -> assertThat(texts().filter(p::equals).count()).as(InjectionPayloads.shown(p))
                .isGreaterThanOrEqualTo(2));
        assertInert("meetings/" + meeting);

        SignIn.out();
        login(SignIn.YOUNG_HARPER);
        UI.getCurrent().navigate("meetings/" + meeting);
        DANGEROUS.forEach(p -> assertThat(texts()).as(InjectionPayloads.shown(p)).contains(p));
        assertInert("meetings/" + meeting + " as Kai");
    }

    @Test
    void onAFamilyPageNamesAreText() {
        var me = signIn.as(SignIn.PRACTITIONER_NORTH);
        String familyName = "<img src=x onerror=alert(1)> '; DROP TABLE family;-- {{7*7}}";
        var family = families.createFamily("INJ-VIEW", familyName, me.id());
        DANGEROUS.forEach(p -> families.addMember(family, p, "\"><svg/onload=alert(1)>", MemberType.PARENT, null));

        login(SignIn.PRACTITIONER_NORTH);
        UI.getCurrent().navigate("families/" + family);
        assertThat(texts().anyMatch(t -> t.contains(familyName))).as("family name shown").isTrue();
        List<String> cells = firstGridCells();
        DANGEROUS.forEach(p -> assertThat(cells).as(InjectionPayloads.shown(p)).contains(p));
        assertThat(cells).contains("\"><svg/onload=alert(1)>");
        assertInert("families/" + family);
    }

    @Test
    void onTheImprovementPlanAreaNamesAndDescriptionsAreText() {
        signIn.as(SignIn.ADMIN);
        DANGEROUS.forEach(p -> plan.addArea(p, "Described as " + p));

        login(SignIn.ADMIN);
        UI.getCurrent().navigate("improvement-plan");
        List<String> shown = texts().toList();
        DANGEROUS.forEach(p -> assertThat(shown.stream().anyMatch(t -> t.contains(p)))
                .as(InjectionPayloads.shown(p)).isTrue());
        assertInert("improvement-plan");
    }

    /** Runs the store call; a payload its field's rule refuses (with a message) is left out of the page check. */
    private static boolean stored(Runnable call) {
        try {
            call.run();
            return true;
        } catch (org.familyvoice.base.UserFacingException refused) {
            return false;
        }
    }

    private static void assertShown(List<String> payloads, Stream<String> shownTexts) {
        List<String> shown = shownTexts.toList();
        payloads.forEach(p -> assertThat(shown.stream().anyMatch(t -> t.contains(p)))
                .as(InjectionPayloads.shown(p)).isTrue());
    }

    @Test
    void outcomesPlanActionsOtherParticipantsAndACancellationReasonAreText() {
        var me = signIn.as(SignIn.PRACTITIONER_NORTH);
        var family = families.createFamily("INJ-RENDER-MEETING", "Rendering meetings", me.id());
        // other participants (single line, stripped) on one meeting
        List<OtherAttendee> others = DANGEROUS.stream()
                .filter(p -> StorableText.isStorable(p.strip(), false) && p.strip().length() <= MeetingService.MAX_NAME)
                .map(p -> new OtherAttendee(p.strip(), p.strip().length() <= MeetingService.MAX_ROLE ? p.strip() : "Teacher"))
                .toList();
        assertThat(others).as("payloads a name may hold").hasSizeGreaterThan(6);
        MeetingId meeting = meetingService.schedule(family, new MeetingPlan(MeetingType.CHILD_IN_NEED,
                meetings.ahead(Duration.ofDays(70)), 60, "Northgate Family Centre", null, List.of(), others));
        // an outcome per payload on an item of its own, and a plan action per payload, shared with the family
        List<AgendaItemId> items = new java.util.ArrayList<>();
        for (int i = 0; i < DANGEROUS.size(); i++) {
            items.add(agenda.addOwn(meeting, agenda.staffAgenda(meeting).agendaVersion(), "Item " + (i + 1)));
        }
        meetings.startedAgo(meeting, Duration.ofMinutes(30));
        List<String> outcomes = new java.util.ArrayList<>();
        List<String> actions = new java.util.ArrayList<>();
        for (int i = 0; i < DANGEROUS.size(); i++) {
            String p = DANGEROUS.get(i);
            AgendaItemId item = items.get(i);
            if (stored(() -> after.recordOutcome(meeting, after.outcomes(meeting).agendaVersion(), item, p))) {
                outcomes.add(p);
            }
            if (stored(() -> after.addAction(meeting, after.outcomes(meeting).agendaVersion(), p, "Priya",
                    after.outcomes(meeting).meetingDay().plusDays(14)))) {
                actions.add(p.strip());
            }
        }
        assertThat(outcomes).hasSizeGreaterThan(6);
        assertThat(actions).hasSizeGreaterThan(6);
        after.sharePlan(meeting, after.outcomes(meeting).agendaVersion());
        // a second meeting, cancelled for a reason that is a payload
        MeetingId cancelled = meetingService.schedule(family, new MeetingPlan(MeetingType.CHILD_IN_NEED,
                meetings.ahead(Duration.ofDays(71)), 60, "Northgate Family Centre", null, List.of(), List.of()));
        String reason = DANGEROUS.getFirst() + " " + DANGEROUS.get(2);
        meetingService.cancel(cancelled, meetingService.getMeeting(cancelled).version(), reason);

        try {
            login(SignIn.PRACTITIONER_NORTH);
            UI.getCurrent().navigate("meetings/" + meeting);
            assertShown(others.stream().map(OtherAttendee::name).toList(), texts());
            assertInert("meetings/" + meeting + " after the meeting");
            UI.getCurrent().navigate("meetings/" + cancelled);
            assertShown(List.of(reason), texts());
            assertInert("meetings/" + cancelled + " cancelled");
        } finally {
            // every participant's name is a "known name" that quotes shown to other teams are redacted of
            jdbc.sql("delete from meeting_attendee where meeting_id = :m").param("m", meeting.value()).update();
        }
    }

    @Test
    void theSharedPlanIsTextForTheFamily() {
        MeetingId meeting = meetings.harperMeeting(Duration.ofDays(75));
        signIn.as(SignIn.PRACTITIONER_NORTH);
        AgendaItemId item = agenda.addOwn(meeting, agenda.staffAgenda(meeting).agendaVersion(), "Plan payloads");
        meetings.startedAgo(meeting, Duration.ofMinutes(30));
        String outcome = String.join("\n", DANGEROUS.subList(0, 8));
        after.recordOutcome(meeting, after.outcomes(meeting).agendaVersion(), item, outcome);
        List<String> actions = DANGEROUS.subList(0, 8).stream().map(String::strip).toList();
        actions.forEach(a -> after.addAction(meeting, after.outcomes(meeting).agendaVersion(), a, a,
                after.outcomes(meeting).meetingDay().plusDays(14)));
        after.sharePlan(meeting, after.outcomes(meeting).agendaVersion());

        login(SignIn.PARENT_HARPER);
        UI.getCurrent().navigate("meetings/" + meeting);
        assertShown(actions, texts());
        assertShown(DANGEROUS.subList(0, 8), texts());
        assertInert("meetings/" + meeting + " plan as Leanne");
    }

    @Test
    void onTheTaxonomyPageThemeNamesAndDescriptionsAreText() {
        signIn.as(SignIn.ADMIN);
        List<String> names = new java.util.ArrayList<>();
        for (String p : DANGEROUS) {
            String name = p.strip() + " " + System.nanoTime() % 100_000;
            // not in use, so the tagger other tests rely on never sees them
            if (stored(() -> taxonomy.addTheme(new ThemeEdit(name, "About " + p, List.of("renderingtest"), List.of(),
                    Set.of(), false)))) {
                names.add(name);
            }
        }
        assertThat(names).hasSizeGreaterThan(6);

        login(SignIn.ADMIN);
        UI.getCurrent().navigate("theme-taxonomy");
        List<String> cells = firstGridCells();
        assertShown(names, Stream.concat(cells.stream(), texts()));
        assertInert("theme-taxonomy");
    }

    @Test
    void onTheDutyPageTheActionNoteIsText() {
        var harper = meetings.family(MeetingFixtures.HARPER);
        long north = jdbc.sql("select team_id from family where id = :f").param("f", harper.value())
                .query(Long.class).single();
        String text = MeetingFixtures.unique("my stepdad hits me when mum is at work");
        tx.executeWithoutResult(status -> safeguarding.screenAndRaise(new TextToScreen("rendering-test", null, harper,
                new org.familyvoice.base.TeamId(north), null, "Rendering test", text)));
        var alert = new AlertId(jdbc.sql("select id from safeguarding_alert where text = :t").param("t", text)
                .query(Long.class).single());
        signIn.as(SignIn.MANAGER_NORTH);
        String note = String.join("\n", DANGEROUS.subList(0, 8));
        safeguarding.recordAction(alert, note, false);
        try {
            login(SignIn.MANAGER_NORTH);
            UI.getCurrent().navigate("duty/" + alert.value());
            assertInert("duty/" + alert.value());
            List<String> values = _find(com.vaadin.flow.component.textfield.TextArea.class).stream()
                    .map(com.vaadin.flow.component.textfield.TextArea::getValue).toList();
            assertThat(Stream.concat(texts(), values.stream()).anyMatch(t -> t.contains(DANGEROUS.getFirst())))
                    .as("the note is on the page").isTrue();
        } finally {
            signIn.as(SignIn.MANAGER_NORTH);
            safeguarding.recordAction(alert, "Closed by the rendering test", true);
        }
    }

    /** Every cell of the page's first grid, as shown. */
    private static List<String> firstGridCells() {
        @SuppressWarnings("unchecked")
        Grid<Object> grid = _find(Grid.class).stream().findFirst().orElseThrow();
        return IntStream.range(0, com.github.mvysny.kaributesting.v10.GridKt._size(grid))
                .mapToObj(i -> com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow(grid, i))
                .flatMap(List::stream)
                .toList();
    }

    private static Stream<String> texts() {
        return _find(Component.class).stream().filter(c -> c instanceof HasText).map(c -> ((HasText) c).getText())
                .filter(t -> t != null && !t.isEmpty());
    }

    /** No raw-HTML component, no element a payload would make, no script URL or event handler on any element. */
    private static void assertInert(String page) {
        assertThat(_find(Html.class)).as(page).isEmpty();
        // the UI's own element is <body>: only what is inside it counts
        List<Element> elements = _find(Component.class).stream().filter(c -> !(c instanceof UI))
                .flatMap(c -> descendants(c.getElement())).filter(e -> !e.isTextNode()).distinct().toList();
        assertThat(elements).as(page + " has elements").hasSizeGreaterThan(10);
        assertThat(elements).extracting(Element::getTag).as(page).doesNotContainAnyElementsOf(FROM_PAYLOADS);
        for (Element e : elements) {
            assertThat(e.getProperty("innerHTML")).as(page + " innerHTML on " + e.getTag()).isNull();
            e.getAttributeNames().forEach(name -> {
                assertThat(name).as(page + " attribute on " + e.getTag()).doesNotStartWith("on");
                String value = e.getAttribute(name);
                assertThat(value == null ? "" : value.strip().toLowerCase()).as(page + " " + name)
                        .doesNotStartWith("javascript:").doesNotStartWith("data:");
            });
        }
    }

    private static Stream<Element> descendants(Element e) {
        return e.isTextNode() ? Stream.of(e)
                : Stream.concat(Stream.of(e), e.getChildren().flatMap(PayloadsRenderedInertTest::descendants));
    }
}

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
import org.familyvoice.meetings.AgendaService;
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
        @SuppressWarnings("unchecked")
        Grid<Object> members = _find(Grid.class).stream().findFirst().orElseThrow();
        List<String> cells = IntStream.range(0, com.github.mvysny.kaributesting.v10.GridKt._size(members))
                .mapToObj(i -> com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow(members, i))
                .flatMap(List::stream)
                .toList();
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

package org.familyvoice.improvement;

import org.familyvoice.IntegrationTest;
import org.familyvoice.Refusal;
import org.familyvoice.SignIn;
import org.familyvoice.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.familyvoice.improvement.PlanFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The improvement plan: managers and administrators keep it, managers link evidence, practitioners read it and
 * family members cannot reach it; a change made against an old version is refused; quotes are only ever shown
 * redacted; bad input is refused with a message and saves nothing.
 */
@IntegrationTest
class ImprovementPlanServiceTest {

    @Autowired ImprovementPlanService plan;
    @Autowired PlanFixtures fixtures;
    @Autowired SignIn signIn;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;

    @AfterEach
    void out() {
        SignIn.out();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/London"));
    }

    private long newAction(String title) {
        return plan.addAction(new ActionDraft(fixtures.areaId("TIMELINESS_DRIFT"), title, "Head of Service, North",
                today().plusMonths(3), ActionStatus.NOT_STARTED));
    }

    private int actionRows() {
        return jdbc.sql("select count(*) from improvement_action").query(Integer.class).single();
    }

    private ImprovementArea area(long id) {
        return plan.plan().stream().filter(a -> a.id() == id).findFirst().orElseThrow();
    }

    @Test
    void aManagerKeepsThePlanAndAPractitionerReadsItWithoutChangingIt() {
        signIn.as(SignIn.MANAGER_NORTH);
        assertThat(plan.mayChangePlan()).isTrue();
        assertThat(plan.mayLinkEvidence()).isTrue();
        String areaName = unique("Listening to fathers");
        long areaId = plan.addArea("  " + areaName + " ", "Fathers are part of every assessment.");
        ImprovementArea area = area(areaId);
        assertThat(area.name()).isEqualTo(areaName);
        assertThat(area.code()).startsWith("LISTENING_TO_FATHERS").matches("[A-Z_]+");
        assertThat(area.active()).isTrue();

        String title = unique("Invite fathers to every CIN review");
        long actionId = plan.addAction(new ActionDraft(areaId, title, "Service manager, North",
                today().plusMonths(2), ActionStatus.NOT_STARTED));
        ImprovementAction action = plan.action(actionId);
        ImprovementAction edited = plan.editAction(actionId, action.version(), new ActionDraft(areaId, title,
                "Service manager, North", today().plusMonths(4), ActionStatus.ON_TRACK));
        assertThat(edited.status()).isEqualTo(ActionStatus.ON_TRACK);
        assertThat(edited.dueOn()).isEqualTo(today().plusMonths(4));
        assertThat(edited.version()).isGreaterThan(action.version());

        plan.addNote(actionId, "Letters drafted with the fathers' group.");
        clock.advance(Duration.ofMinutes(5));
        plan.addNote(actionId, "First two reviews held with both parents.\nBoth went well.");
        assertThat(plan.notes(actionId, 0, 10)).extracting(ProgressNote::note)
                .containsExactly("First two reviews held with both parents.\nBoth went well.",
                        "Letters drafted with the fathers' group.");
        assertThat(plan.notes(actionId, 0, 10)).allSatisfy(n -> assertThat(n.authorName()).isNotBlank());
        assertThat(plan.countNotes(actionId)).isEqualTo(2);
        assertThat(area(areaId).actions()).extracting(ImprovementAction::title).containsExactly(title);
        assertThat(fixtures.audited("IMPROVEMENT_AREA_CHANGED", "improvement-area:" + areaId)).isEqualTo(1);
        assertThat(fixtures.audited("IMPROVEMENT_ACTION_CHANGED", "improvement-action:" + actionId)).isEqualTo(2);
        assertThat(fixtures.audited("IMPROVEMENT_NOTE_ADDED", "improvement-action:" + actionId)).isEqualTo(2);

        signIn.as(SignIn.PRACTITIONER_SOUTH);
        assertThat(plan.mayChangePlan()).isFalse();
        assertThat(plan.mayLinkEvidence()).isFalse();
        assertThat(area(areaId).actions()).extracting(ImprovementAction::title).containsExactly(title);
        assertThat(plan.notes(actionId, 0, 10)).hasSize(2);
        assertThat(plan.evidence(actionId)).isEmpty();
        assertThat(plan.actionsForPicker()).extracting(ActionChoice::id).contains(actionId);
        int before = actionRows();
        assertThatThrownBy(() -> newAction("not mine to add")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> plan.editAction(actionId, edited.version(), new ActionDraft(areaId, "changed",
                "me", today(), ActionStatus.DONE))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> plan.addNote(actionId, "a note")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> plan.addArea(unique("Mine"), "")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> plan.setAreaActive(areaId, area(areaId).version(), false))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> plan.linkTheme(actionId, fixtures.themeId("DELAYS_DRIFT")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(actionRows()).isEqualTo(before);
        assertThat(plan.action(actionId).status()).isEqualTo(ActionStatus.ON_TRACK);
        assertThat(plan.countNotes(actionId)).isEqualTo(2);
    }

    @Test
    void anAdministratorChangesThePlanButLinksNoEvidence() {
        signIn.as(SignIn.ADMIN);
        assertThat(plan.mayChangePlan()).isTrue();
        assertThat(plan.mayLinkEvidence()).isFalse();
        long actionId = newAction(unique("Weekly drift panel"));
        plan.addNote(actionId, "Panel terms of reference agreed.");
        long areaId = fixtures.areaId("TIMELINESS_DRIFT");
        assertThat(area(areaId).actions()).extracting(ImprovementAction::id).contains(actionId);

        assertThatThrownBy(() -> plan.linkTheme(actionId, fixtures.themeId("DELAYS_DRIFT")))
                .isInstanceOf(AccessDeniedException.class);
        long item = fixtures.voiceItem("Nothing happened for months", "Nothing happened for months", today());
        assertThatThrownBy(() -> plan.linkQuote(actionId, item)).isInstanceOf(AccessDeniedException.class);
        signIn.as(SignIn.MANAGER_SOUTH);
        long link = plan.linkQuote(actionId, item);
        signIn.as(SignIn.ADMIN);
        assertThatThrownBy(() -> plan.unlink(link)).isInstanceOf(AccessDeniedException.class);
        assertThat(plan.evidence(actionId)).extracting(Evidence::id).containsExactly(link);
    }

    @ParameterizedTest
    @ValueSource(strings = {SignIn.PARENT_HARPER, SignIn.YOUNG_HARPER, SignIn.PARENT_NOVAK})
    void familyMembersCannotReachThePlanAtAll(String username) {
        signIn.as(SignIn.MANAGER_NORTH);
        long actionId = newAction(unique("Family-facing letters in plain English"));
        signIn.as(username);
        assertThatThrownBy(() -> plan.plan()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> plan.action(actionId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> plan.notes(actionId, 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> plan.evidence(actionId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> plan.actionsForPicker()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> plan.addNote(actionId, "hello")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> plan.linkTheme(actionId, fixtures.themeId("DELAYS_DRIFT")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aChangeMadeAgainstAnOldVersionIsRefusedAndTheNewerChangeStays() {
        signIn.as(SignIn.MANAGER_NORTH);
        long actionId = newAction(unique("Supervision every four weeks"));
        ImprovementAction seenByBoth = plan.action(actionId);
        // the other manager saves first
        signIn.as(SignIn.MANAGER_SOUTH);
        plan.editAction(actionId, seenByBoth.version(), new ActionDraft(seenByBoth.areaId(), seenByBoth.title(),
                seenByBoth.ownerName(), seenByBoth.dueOn(), ActionStatus.AT_RISK));
        signIn.as(SignIn.MANAGER_NORTH);
        assertThat(Refusal.of(() -> plan.editAction(actionId, seenByBoth.version(), new ActionDraft(
                seenByBoth.areaId(), "Overwritten", seenByBoth.ownerName(), seenByBoth.dueOn(), ActionStatus.DONE))))
                .isEqualTo("improvement.error.changed");
        assertThat(plan.action(actionId).status()).isEqualTo(ActionStatus.AT_RISK);
        assertThat(plan.action(actionId).title()).isEqualTo(seenByBoth.title());

        long areaId = plan.addArea(unique("Front door consistency"), "");
        ImprovementArea seen = area(areaId);
        plan.editArea(areaId, seen.version(), seen.name(), "Same decisions for the same needs.");
        assertThat(Refusal.of(() -> plan.editArea(areaId, seen.version(), "Renamed", "")))
                .isEqualTo("improvement.error.changed");
        assertThat(Refusal.of(() -> plan.setAreaActive(areaId, seen.version(), false)))
                .isEqualTo("improvement.error.changed");
        assertThat(area(areaId).name()).isEqualTo(seen.name());
        assertThat(area(areaId).active()).isTrue();
    }

    @Test
    void badInputIsRefusedWithAMessageForTheFieldAndNothingIsSaved() {
        signIn.as(SignIn.MANAGER_NORTH);
        long areaId = fixtures.areaId("PLANNING_REVIEW");
        LocalDate due = today().plusMonths(1);
        int before = actionRows();
        assertThat(Refusal.of(() -> plan.addAction(new ActionDraft(areaId, "   ", "Owner", due, ActionStatus.ON_TRACK))))
                .isEqualTo("improvement.error.title-required");
        assertThat(Refusal.of(() -> plan.addAction(new ActionDraft(areaId, "x".repeat(301), "Owner", due,
                ActionStatus.ON_TRACK)))).isEqualTo("improvement.error.title-too-long");
        assertThat(Refusal.of(() -> plan.addAction(new ActionDraft(areaId, "Ring\u0007 families", "Owner", due,
                ActionStatus.ON_TRACK)))).isEqualTo("improvement.error.title-hidden");
        assertThat(Refusal.of(() -> plan.addAction(new ActionDraft(areaId, "Ring families", "", due,
                ActionStatus.ON_TRACK)))).isEqualTo("improvement.error.owner-required");
        assertThat(Refusal.of(() -> plan.addAction(new ActionDraft(areaId, "Ring families", "o".repeat(121), due,
                ActionStatus.ON_TRACK)))).isEqualTo("improvement.error.owner-too-long");
        assertThat(Refusal.of(() -> plan.addAction(new ActionDraft(areaId, "Ring families", "Owner", null,
                ActionStatus.ON_TRACK)))).isEqualTo("improvement.error.due-required");
        assertThat(Refusal.of(() -> plan.addAction(new ActionDraft(areaId, "Ring families", "Owner",
                today().plusYears(20), ActionStatus.ON_TRACK)))).isEqualTo("improvement.error.due-far");
        assertThat(Refusal.of(() -> plan.addAction(new ActionDraft(areaId, "Ring families", "Owner", due, null))))
                .isEqualTo("improvement.error.status-required");
        assertThat(Refusal.of(() -> plan.addAction(new ActionDraft(-1, "Ring families", "Owner", due,
                ActionStatus.ON_TRACK)))).isEqualTo("improvement.error.area-not-found");
        assertThat(actionRows()).isEqualTo(before);
        // exactly at the limits is fine
        long ok = plan.addAction(new ActionDraft(areaId, "t".repeat(300), "o".repeat(120), due, ActionStatus.ON_TRACK));
        assertThat(plan.action(ok).title()).hasSize(300);

        assertThat(Refusal.of(() -> plan.addNote(ok, "  "))).isEqualTo("improvement.error.note-required");
        assertThat(Refusal.of(() -> plan.addNote(ok, "n".repeat(2001)))).isEqualTo("improvement.error.note-too-long");
        assertThat(Refusal.of(() -> plan.addNote(ok, "pasted\u0000text"))).isEqualTo("improvement.error.note-hidden");
        assertThat(plan.countNotes(ok)).isZero();

        assertThat(Refusal.of(() -> plan.addArea("", ""))).isEqualTo("improvement.error.area-name-required");
        assertThat(Refusal.of(() -> plan.addArea("a".repeat(161), ""))).isEqualTo("improvement.error.area-name-too-long");
        assertThat(Refusal.of(() -> plan.addArea("planning AND review", "")))
                .isEqualTo("improvement.error.area-name-taken");
        assertThat(Refusal.of(() -> plan.addArea(unique("Area"), "d".repeat(1001))))
                .isEqualTo("improvement.error.area-description-too-long");
    }

    @Test
    void anAreaTakenOutOfThePlanKeepsItsActionsButTakesNoNewOnes() {
        signIn.as(SignIn.MANAGER_NORTH);
        long areaId = plan.addArea(unique("Short-lived area"), "");
        long actionId = plan.addAction(new ActionDraft(areaId, "Something", "Someone", today().plusDays(30),
                ActionStatus.NOT_STARTED));
        plan.setAreaActive(areaId, area(areaId).version(), false);
        assertThat(area(areaId).active()).isFalse();
        assertThat(area(areaId).actions()).extracting(ImprovementAction::id).containsExactly(actionId);
        assertThat(plan.actionsForPicker()).extracting(ActionChoice::id).doesNotContain(actionId);
        assertThat(Refusal.of(() -> plan.addAction(new ActionDraft(areaId, "Another", "Someone", today(),
                ActionStatus.NOT_STARTED)))).isEqualTo("improvement.error.area-inactive");
        plan.setAreaActive(areaId, area(areaId).version(), true);
        assertThat(plan.actionsForPicker()).extracting(ActionChoice::id).contains(actionId);
    }

    @Test
    void evidenceShowsThemeNamesAndRedactedQuotesNeverTheWordsAsTyped() {
        signIn.as(SignIn.MANAGER_NORTH);
        long actionId = newAction(unique("Call families back within a day"));
        String typed = "Leanne Harper here, nobody rang me back on 07700 900123 for three weeks";
        String redacted = "[name] here, nobody rang me back on [phone] for three weeks";
        LocalDate said = today().minusDays(12);
        long item = fixtures.voiceItem(typed, redacted, said);
        long themeId = fixtures.themeId("KEPT_INFORMED");

        long quoteLink = plan.linkQuote(actionId, item);
        clock.advance(Duration.ofSeconds(1));
        long themeLink = plan.linkTheme(actionId, themeId);
        List<Evidence> evidence = plan.evidence(actionId);
        assertThat(evidence).extracting(Evidence::id).containsExactly(themeLink, quoteLink);
        assertThat(evidence.get(0).kind()).isEqualTo(Evidence.Kind.THEME);
        assertThat(evidence.get(0).sourceId()).isEqualTo(themeId);
        assertThat(evidence.get(1).kind()).isEqualTo(Evidence.Kind.QUOTE);
        assertThat(evidence.get(1).text()).isEqualTo(redacted);
        assertThat(evidence.get(1).saidOn()).isEqualTo(said);
        assertThat(evidence).allSatisfy(e -> assertThat(e.text()).doesNotContain("Leanne", "07700"));
        assertThat(fixtures.audited("EVIDENCE_LINKED", "improvement-action:" + actionId)).isEqualTo(2);

        assertThat(Refusal.of(() -> plan.linkQuote(actionId, item))).isEqualTo("improvement.error.quote-linked");
        assertThat(Refusal.of(() -> plan.linkTheme(actionId, themeId))).isEqualTo("improvement.error.theme-linked");
        assertThat(Refusal.of(() -> plan.linkQuote(actionId, -5))).isEqualTo("improvement.error.quote-not-found");
        assertThat(Refusal.of(() -> plan.linkTheme(actionId, -5))).isEqualTo("improvement.error.theme-not-found");
        assertThat(Refusal.of(() -> plan.linkTheme(-5, themeId))).isEqualTo("improvement.error.action-not-found");

        // a practitioner reads the evidence too, still redacted
        signIn.as(SignIn.PRACTITIONER_NORTH);
        assertThat(plan.evidence(actionId)).extracting(Evidence::text).contains(redacted).doesNotContain(typed);
        assertThatThrownBy(() -> plan.unlink(quoteLink)).isInstanceOf(AccessDeniedException.class);

        signIn.as(SignIn.MANAGER_NORTH);
        plan.unlink(quoteLink);
        assertThat(plan.evidence(actionId)).extracting(Evidence::id).containsExactly(themeLink);
        assertThat(Refusal.of(() -> plan.unlink(quoteLink))).isEqualTo("improvement.error.evidence-gone");
        assertThat(fixtures.audited("EVIDENCE_UNLINKED", "improvement-action:" + actionId)).isEqualTo(1);
        // linked again after unlinking
        plan.linkQuote(actionId, item);
        assertThat(plan.evidence(actionId)).hasSize(2);
    }

    @Test
    void theAreasShowTheThemesMappedToThem() {
        signIn.as(SignIn.PRACTITIONER_NORTH);
        ImprovementArea workforce = area(fixtures.areaId("WORKFORCE_STABILITY"));
        assertThat(workforce.themes()).extracting(t -> t.code())
                .contains("WORKER_CHANGES", "WORKER_AVAILABILITY").doesNotContain("SCHOOL");
    }
}

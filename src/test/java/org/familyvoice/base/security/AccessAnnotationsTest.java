package org.familyvoice.base.security;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fails the build when a page or a service method is left unguarded (see {@link AccessAnnotations} for what is
 * read). Method security is what guards a service: Spring's proxy checks {@code @PreAuthorize} before the method
 * runs, and the method itself then asks {@code AccessPolicy} about the family (that second check is exercised cell by
 * cell in {@code AccessMatrixTest} and {@code ThemesAndPlanAccessMatrixTest}). What is deliberately open is listed
 * here, each with its reason, and reviewed like code: a new entry needs one.
 */
class AccessAnnotationsTest {

    private static final String APP = "org.familyvoice";

    /** The pages anyone may open without signing in. */
    static final Map<String, String> ANONYMOUS_VIEWS = Map.of(
            "LoginView", "signing in",
            "TwoStepSignInView", "the second sign-in step: a pending sign-in is not authenticated; the page shows "
                    + "nothing unless one is pending, and its service methods need the pending authority",
            "JoinView", "redeeming an invitation code to make a family member's account",
            "AnonymousFeedbackView", "feedback without an account (rate-limited per address)",
            "PublicYouSaidView", "the published 'you said, we did' entries: the council's words, no family's",
            "NotFoundView", "error page: says only that the page was not found",
            "AccessDeniedView", "error page: looks like 'not found', so it tells nothing about what exists",
            "RefusedView", "error page for a service's refusal: the same 'not found' words as AccessDeniedView",
            "ServerErrorView", "error page: calm words and a reference to quote, never the error itself");

    /** Service methods guarded by {@code permitAll()}: anyone, signed in or not, may call them. */
    static final Map<String, String> OPEN_METHODS = Map.of(
            "AccountService.publicTeams", "team names for the anonymous feedback form's 'which team' choice",
            "FeedbackService.giveAnonymously", "anonymous feedback, rate-limited per address and screened",
            "InvitationService.greet", "the invitation code is the credential; counts towards the per-address limit",
            "InvitationService.redeem", "the invitation code is the credential; counts towards the per-address limit",
            "YouSaidService.published", "the public 'you said, we did' page",
            "YouSaidService.countPublished", "the public 'you said, we did' page");

    /**
     * Public service methods with no method-security annotation. Each is system code: called by another service
     * after that service's own check, by a scheduler or listener, or by the sign-in itself; none returns family data
     * to a caller that did not pass a check first.
     */
    static final Map<String, String> UNGUARDED_METHODS = Map.ofEntries(
            Map.entry("AccountUserDetailsService.loadUserByUsername", "the sign-in itself, before anyone is signed in"),
            Map.entry("AuditLog.record", "write-only audit API, called by services after their checks"),
            Map.entry("AuditLog.recordAs", "write-only audit API (invitation redemption: the new account acts)"),
            Map.entry("AuditLog.recordSecurityEvent", "write-only audit API, also for refused and anonymous callers"),
            Map.entry("AuditLog.recordFor", "write-only audit API: a change or export naming its family, after the check"),
            Map.entry("AuditLog.recordRead", "write-only audit API: a staff read, after the service's own check"),
            Map.entry("AuditLog.recordPageRead", "write-only audit API: one row per page of a list already checked"),
            Map.entry("AuditLog.asPartOfRecordedRead", "runs the caller's own lookup; only stops it adding audit rows"),
            Map.entry("AuditLog.clientAddress", "static: the current request's own remote address, no stored data"),
            Map.entry("EmailOutbox.enqueue", "queues mail for NotificationService.send, which callers reach only "
                    + "through their own guarded services"),
            Map.entry("NotificationService.send", "called by services after their own checks (and by reminders)"),
            Map.entry("SafeguardingService.screenAndRaise", "screens every submission, called by the guarded "
                    + "services that accept text; must never be refused"),
            Map.entry("ThemeDashboardService.byChange", "static: sorts lines it is given, reads nothing"),
            Map.entry("VoiceRecorder.record", "called inside guarded services' transactions to tag saved text"),
            Map.entry("VoiceRecorder.forget", "called by ContributionService when an author withdraws an item"),
            Map.entry("VoiceRecorder.countFeedbackForm", "called by FeedbackService after its own check"),
            Map.entry("ConsentRecords.record", "write-only: called inside the feedback and meetings services' "
                    + "transactions after their own checks, to record the choice just made"));

    @Test
    void everyPageCarriesAnAccessAnnotation() {
        assertThat(AccessAnnotations.views(APP)).hasSizeGreaterThan(30);
        assertThat(AccessAnnotations.viewsWithoutAccessAnnotation(APP)).isEmpty();
    }

    @Test
    void thePagesOpenToAnyoneAreExactlyTheReviewedOnes() {
        assertThat(AccessAnnotations.anonymousViews(APP)).containsExactlyInAnyOrderElementsOf(ANONYMOUS_VIEWS.keySet());
    }

    @Test
    void everyPublicServiceMethodIsGuardedOrReviewed() {
        assertThat(AccessAnnotations.services(APP)).hasSizeGreaterThan(20);
        assertThat(AccessAnnotations.unguardedServiceMethods(APP)).as("unguarded public service methods")
                .containsExactlyInAnyOrderElementsOf(UNGUARDED_METHODS.keySet());
        assertThat(AccessAnnotations.openServiceMethods(APP)).as("service methods open to anyone")
                .containsExactlyInAnyOrderElementsOf(OPEN_METHODS.keySet());
        assertThat(AccessAnnotations.guardsAProxyCannotApply(APP)).isEmpty();
    }

    /** The same check over classes made to break the rules: it names each of them, and only them. */
    @Test
    void theCheckFindsWhatItShould() {
        String fixtures = "accesscheck";
        assertThat(AccessAnnotations.views(fixtures)).extracting(Class::getSimpleName)
                .containsExactlyInAnyOrder("ManagersView", "OpenView", "UnannotatedView");
        assertThat(AccessAnnotations.viewsWithoutAccessAnnotation(fixtures)).containsExactly("UnannotatedView");
        assertThat(AccessAnnotations.anonymousViews(fixtures)).containsExactly("OpenView");
        assertThat(AccessAnnotations.services(fixtures)).extracting(Class::getSimpleName)
                .containsExactlyInAnyOrder("MixedService", "ReportService");
        assertThat(AccessAnnotations.unguardedServiceMethods(fixtures))
                .containsExactlyInAnyOrder("MixedService.forgotten", "MixedService.helper", "ReportService.export");
        assertThat(AccessAnnotations.openServiceMethods(fixtures)).containsExactly("MixedService.open");
        assertThat(AccessAnnotations.guardsAProxyCannotApply(fixtures)).containsExactly("MixedService.guardedButFinal");
        // and the lists above would not excuse them
        Set<String> excused = new TreeSet<>(UNGUARDED_METHODS.keySet());
        excused.addAll(OPEN_METHODS.keySet());
        assertThat(excused).doesNotContain("MixedService.forgotten", "ReportService.export", "MixedService.open");
    }
}

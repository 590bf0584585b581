package org.familyvoice.accounts.ui;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinServletRequest;
import org.familyvoice.KaribuTest;
import org.familyvoice.SignIn;
import org.familyvoice.TestClock;
import org.familyvoice.accounts.AccountService;
import org.familyvoice.accounts.Totp;
import org.familyvoice.base.Roles;
import org.familyvoice.base.security.FamilyVoiceUser;
import org.familyvoice.base.security.SecondFactorPending;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The set-up page and the two-step page through the router, as staff and as a sign-in still pending. */
class MfaViewsTest extends KaribuTest {

    @Autowired AccountService accounts;
    @Autowired UserDetailsService users;
    @Autowired TestClock clock;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private String newStaff(String role) {
        signIn.as(SignIn.ADMIN);
        var north = accounts.teams().stream().filter(t -> t.name().startsWith("North")).findFirst().orElseThrow().id();
        String username = "karibu.mfa" + System.nanoTime() % 1_000_000;
        accounts.createStaff(username, "Karibu " + role, role, north);
        jdbc.sql("update app_user set must_change_password = false where username = :u").param("u", username).update();
        SignIn.out();
        return username;
    }

    /** As after the right password of someone who still owes the second step: no roles, not authenticated. */
    private void pending(String username, SecondFactorPending.Step step) {
        signIn.as(username); // points the holder strategy at this context
        var user = (FamilyVoiceUser) users.loadUserByUsername(username);
        var pending = new SecondFactorPending(user, step);
        SecurityContextHolder.getContext().setAuthentication(pending);
        var request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(pending);
        request.setUserInRole((principal, role) -> false);
    }

    private String path() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }

    @Test
    void aPractitionerSetsUpTwoStepSignInFromTheAccountPage() {
        String username = newStaff(Roles.PRACTITIONER);
        SignIn.out();
        login(username);
        UI.getCurrent().navigate("account/password");
        var link = _get(com.vaadin.flow.router.RouterLink.class, spec -> spec.withText("Set up two-step sign-in"));
        UI.getCurrent().navigate(link.getHref());

        assertThat(_get(H1.class).getText()).isEqualTo("Two-step sign-in");
        Image qr = _get(Image.class);
        assertThat(qr.getSrc()).startsWith("data:image/svg+xml;base64,");
        assertThat(qr.getAlt()).hasValueSatisfying(alt -> assertThat(alt).startsWith("QR code to scan"));
        String key = _get(Span.class, spec -> spec.withClasses("fv-mfa-key")).getText().replace(" ", "");

        TextField code = _get(TextField.class, spec -> spec.withLabel("Code from your app"));
        _setValue(code, "<b>12</b>");
        _click(_get(Button.class, spec -> spec.withText("Confirm")));
        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage()).startsWith("That code is not right");

        _setValue(code, Totp.code(key, clock.instant()));
        _click(_get(Button.class, spec -> spec.withText("Confirm")));
        assertThat(_get(H2.class, spec -> spec.withText("Your recovery codes"))).isNotNull();
        List<ListItem> codes = _find(ListItem.class).stream()
                .filter(li -> li.getText().matches("[2-9A-Z]{4}-[2-9A-Z]{4}")).toList();
        assertThat(codes).hasSize(10);

        _click(_get(Button.class, spec -> spec.withText("I have kept my recovery codes")));
        assertThat(_find(com.vaadin.flow.component.html.Paragraph.class).stream().map(p -> p.getText()))
                .contains("Recovery codes left: 10");
    }

    @Test
    void aPractitionerGetsNewRecoveryCodesAndTurnsTwoStepOffWithCodesFromTheApp() {
        String username = newStaff(Roles.PRACTITIONER);
        login(username);
        UI.getCurrent().navigate("account/two-step");
        String key = _get(Span.class, spec -> spec.withClasses("fv-mfa-key")).getText().replace(" ", "");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Code from your app")), Totp.code(key, clock.instant()));
        _click(_get(Button.class, spec -> spec.withText("Confirm")));
        List<String> first = _find(ListItem.class).stream().map(ListItem::getText)
                .filter(t -> t.matches("[2-9A-Z]{4}-[2-9A-Z]{4}")).toList();
        _click(_get(Button.class, spec -> spec.withText("I have kept my recovery codes")));

        TextField forCodes = _get(TextField.class, spec -> spec.withLabel("Code from your app, for new recovery codes"));
        _setValue(forCodes, "<script>alert(1)</script>");
        _click(_get(Button.class, spec -> spec.withText("Get new recovery codes")));
        assertThat(forCodes.isInvalid()).isTrue();
        assertThat(forCodes.getErrorMessage()).startsWith("That code is not right");

        clock.advance(java.time.Duration.ofSeconds(30));
        _setValue(forCodes, Totp.code(key, clock.instant()));
        _click(_get(Button.class, spec -> spec.withText("Get new recovery codes")));
        assertThat(_get(H2.class, spec -> spec.withText("Your recovery codes"))).isNotNull();
        List<String> fresh = _find(ListItem.class).stream().map(ListItem::getText)
                .filter(t -> t.matches("[2-9A-Z]{4}-[2-9A-Z]{4}")).toList();
        assertThat(fresh).hasSize(10).doesNotContainAnyElementsOf(first);
        _click(_get(Button.class, spec -> spec.withText("I have kept my recovery codes")));
        assertThat(_find(com.vaadin.flow.component.html.Paragraph.class).stream().map(p -> p.getText()))
                .contains("Recovery codes left: 10");

        clock.advance(java.time.Duration.ofSeconds(30));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Code from your app, to turn it off")),
                Totp.code(key, clock.instant()));
        _click(_get(Button.class, spec -> spec.withText("Turn off two-step sign-in")));
        assertThat(_find(Button.class, spec -> spec.withText("Confirm"))).as("the set-up form again").hasSize(1);
        assertThat(_find(Button.class, spec -> spec.withText("Turn off two-step sign-in"))).isEmpty();
    }

    @Test
    void aManagerCannotTurnTwoStepOff() {
        login(SignIn.MANAGER_NORTH);
        UI.getCurrent().navigate("account/two-step");
        assertThat(_find(com.vaadin.flow.component.html.Paragraph.class).stream().map(p -> p.getText()))
                .anyMatch(t -> t.startsWith("Two-step sign-in is on"));
        assertThat(_find(Button.class, spec -> spec.withText("Get new recovery codes"))).hasSize(1);
        assertThat(_find(Button.class, spec -> spec.withText("Turn off two-step sign-in"))).isEmpty();
    }

    @Test
    void aManagerWithoutAnAppReachesNothingButTheSetUpPage() {
        String username = newStaff(Roles.MANAGER);
        pending(username, SecondFactorPending.Step.ENROL);

        for (String route : List.of("families", "", "account/password", "admin/staff", "themes", "audit")) {
            UI.getCurrent().navigate(route);
            assertThat(path()).as(route).isEqualTo("sign-in/two-step");
            assertThat(_get(H1.class).getText()).isEqualTo("Set up two-step sign-in");
        }
        assertThat(_get(Image.class).getSrc()).startsWith("data:image/svg+xml;base64,");
    }

    @Test
    void aStaffMemberWithAnAppIsAskedForACodeAndReachesNothingElse() {
        pending(SignIn.MANAGER_NORTH, SecondFactorPending.Step.VERIFY);

        UI.getCurrent().navigate("families");
        assertThat(path()).isEqualTo("sign-in/two-step");
        assertThat(_get(H1.class).getText()).isEqualTo("Two-step sign-in");
        TextField code = _get(TextField.class, spec -> spec.withLabel("Code from your app, or a recovery code"));
        _setValue(code, "000000");
        _click(_get(Button.class, spec -> spec.withText("Continue")));
        assertThat(code.isInvalid()).isTrue();
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isInstanceOf(SecondFactorPending.class);
    }

    @Test
    void theTwoStepPageShowsNothingToSomeoneNotSigningIn() {
        UI.getCurrent().navigate("sign-in/two-step");
        assertThat(path()).isEqualTo("login");
    }
}

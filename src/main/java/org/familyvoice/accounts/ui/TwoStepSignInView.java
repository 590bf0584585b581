package org.familyvoice.accounts.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.familyvoice.accounts.MfaService;
import org.familyvoice.base.UserFacingException;
import org.familyvoice.base.security.CurrentUser;
import org.familyvoice.base.security.SecondFactorPending;
import org.familyvoice.base.security.SecondFactorRoutes;

/**
 * The second step of a staff sign-in: a code from the authenticator app or a recovery code; or, for a manager or
 * administrator who has no app yet, setting one up. Open to anyone by annotation because a pending sign-in is not
 * authenticated; it shows nothing unless the session is waiting for this step, and its service methods need the
 * pending step's authority.
 */
@Route(value = SecondFactorRoutes.TWO_STEP, autoLayout = false)
@AnonymousAllowed
class TwoStepSignInView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final MfaService mfa;
    private final CurrentUser currentUser;
    private final AuthenticationContext authenticationContext;

    TwoStepSignInView(MfaService mfa, CurrentUser currentUser, AuthenticationContext authenticationContext) {
        this.mfa = mfa;
        this.currentUser = currentUser;
        this.authenticationContext = authenticationContext;
        addClassName("fv-login");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var pending = currentUser.pendingSecondFactor();
        if (pending.isEmpty()) {
            event.forwardTo(currentUser.get().isPresent() ? "" : "login");
            return;
        }
        removeAll();
        var card = new Div();
        card.addClassName("fv-login-card");
        if (pending.get().step() == SecondFactorPending.Step.ENROL) {
            card.add(new H1(getTranslation("mfa.setup.title")), new Paragraph(getTranslation("mfa.setup.required")),
                    new MfaEnrolmentForm(mfa, this::continueToPortal));
        } else {
            card.add(new H1(getTranslation("mfa.verify.title")), new Paragraph(getTranslation("mfa.verify.intro")));
            var code = new TextField(getTranslation("mfa.verify.label"));
            code.setHelperText(getTranslation("mfa.verify.help"));
            code.setMaxLength(20);
            code.setWidthFull();
            code.getElement().setAttribute("autocomplete", "one-time-code");
            code.setRequiredIndicatorVisible(true);
            code.focus();
            var go = new Button(getTranslation("mfa.verify.submit"), e -> {
                code.setInvalid(false);
                try {
                    mfa.verify(code.getValue());
                    continueToPortal();
                } catch (UserFacingException ex) {
                    code.setErrorMessage(getTranslation(ex.messageKey(), ex.args()));
                    code.setInvalid(true);
                }
            });
            go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            go.addClickShortcut(Key.ENTER);
            go.setWidthFull();
            card.add(code, go, new Paragraph(getTranslation("mfa.verify.lost")));
        }
        var signOut = new Button(getTranslation("layout.logout"), e -> authenticationContext.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        card.add(signOut);
        add(card);
    }

    /** A fresh page load, so the security filter chain and the menu see the completed sign-in. */
    private void continueToPortal() {
        var request = com.vaadin.flow.server.VaadinService.getCurrentRequest();
        String contextPath = request == null ? "" : request.getContextPath();
        getUI().ifPresent(ui -> ui.getPage().setLocation(contextPath + "/"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mfa.verify.title") + " | " + getTranslation("app.name");
    }
}

package org.familyvoice.families.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.familyvoice.accounts.PasswordPolicy;
import org.familyvoice.base.UserFacingException;
import org.familyvoice.families.InvitationService;

/**
 * A family member accepts their invitation: the code from the link or letter, a username and a
 * password of their own. Any code that cannot be used gets the same message.
 */
@Route(value = "join", autoLayout = false)
@AnonymousAllowed
class JoinView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final InvitationService invitations;
    private final TextField code = new TextField();
    private final TextField username = new TextField();
    private final PasswordField password = new PasswordField();
    private final PasswordField repeat = new PasswordField();
    private final Paragraph greeting = new Paragraph();
    private final Div card = new Div();

    JoinView(InvitationService invitations) {
        this.invitations = invitations;
        addClassName("fv-login");
        card.addClassName("fv-login-card");
        code.setLabel(getTranslation("join.code"));
        code.setHelperText(getTranslation("join.code.help"));
        code.setMaxLength(40);
        username.setLabel(getTranslation("join.username"));
        username.setHelperText(getTranslation("username.help"));
        username.setMaxLength(60);
        password.setLabel(getTranslation("join.password"));
        password.setHelperText(getTranslation("password.new.help", PasswordPolicy.MIN_LENGTH));
        password.setMaxLength(PasswordPolicy.MAX_LENGTH);
        repeat.setLabel(getTranslation("password.repeat"));
        repeat.setMaxLength(PasswordPolicy.MAX_LENGTH);
        for (var f : new TextField[]{code, username}) {
            f.setRequiredIndicatorVisible(true);
        }
        password.setRequiredIndicatorVisible(true);
        repeat.setRequiredIndicatorVisible(true);
        var submit = new Button(getTranslation("join.submit"), e -> submit());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new FormLayout(code, username, password, repeat);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        card.add(new H1(getTranslation("join.title")), greeting, new Paragraph(getTranslation("join.intro")), form,
                submit, new Anchor("login", getTranslation("join.have-account")));
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("code").ifPresent(c -> {
            code.setValue(c.length() > 40 ? c.substring(0, 40) : c);
            try {
                invitations.greet(c).ifPresentOrElse(
                        name -> greeting.setText(getTranslation("join.hello", name)),
                        () -> showCodeError("invitations.error.invalid"));
            } catch (UserFacingException ex) {
                showCodeError(ex.messageKey());
            }
        });
    }

    private void showCodeError(String key) {
        code.setErrorMessage(getTranslation(key));
        code.setInvalid(true);
    }

    private void submit() {
        code.setInvalid(false);
        username.setInvalid(false);
        password.setInvalid(false);
        repeat.setInvalid(false);
        if (!password.getValue().equals(repeat.getValue())) {
            repeat.setErrorMessage(getTranslation("password.error.mismatch"));
            repeat.setInvalid(true);
            return;
        }
        try {
            invitations.redeem(code.getValue(), username.getValue(), password.getValue());
            card.removeAll();
            card.add(new H1(getTranslation("join.done.title")),
                    new Paragraph(getTranslation("join.done.text", username.getValue().strip().toLowerCase(java.util.Locale.ROOT))),
                    new Anchor("login", getTranslation("join.done.login")));
        } catch (UserFacingException ex) {
            String message = getTranslation(ex.messageKey(), ex.args());
            String key = ex.messageKey();
            var field = key.startsWith("invitations.") ? code : key.startsWith("username.") ? username : password;
            field.setErrorMessage(message);
            field.setInvalid(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("join.title") + " | " + getTranslation("app.name");
    }
}

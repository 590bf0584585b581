package org.familyvoice.accounts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.familyvoice.accounts.AccountService;
import org.familyvoice.accounts.NotificationAddresses;
import org.familyvoice.accounts.PasswordPolicy;
import org.familyvoice.base.UserFacingException;
import org.familyvoice.base.security.CurrentUser;
import org.familyvoice.base.ui.MainLayout;
import org.familyvoice.base.ui.Notices;

/**
 * Everyone's own password and, below it, their own optional e-mail address for notifications. People given a
 * temporary password are sent here first.
 */
@Route(MainLayout.CHANGE_PASSWORD_ROUTE)
@PermitAll
@Menu(order = 90, icon = "vaadin:key", title = "menu.password")
class ChangePasswordView extends Main implements HasDynamicTitle {

    private final PasswordField current = new PasswordField();
    private final PasswordField chosen = new PasswordField();
    private final PasswordField repeat = new PasswordField();

    private final org.familyvoice.accounts.MfaService mfa;

    ChangePasswordView(AccountService accounts, CurrentUser currentUser, org.familyvoice.accounts.MfaService mfa) {
        this.mfa = mfa;
        addClassName("fv-page");
        add(new H1(getTranslation("password.title")));
        if (currentUser.require().mustChangePassword()) {
            add(new Paragraph(getTranslation("password.must-change")));
        }
        add(new Paragraph(getTranslation("password.rules", PasswordPolicy.MIN_LENGTH)));
        current.setLabel(getTranslation("password.current"));
        chosen.setLabel(getTranslation("password.new"));
        chosen.setHelperText(getTranslation("password.new.help", PasswordPolicy.MIN_LENGTH));
        chosen.setMaxLength(PasswordPolicy.MAX_LENGTH);
        repeat.setLabel(getTranslation("password.repeat"));
        repeat.setMaxLength(PasswordPolicy.MAX_LENGTH);
        for (var f : new PasswordField[]{current, chosen, repeat}) {
            f.setRequiredIndicatorVisible(true);
        }
        var save = new Button(getTranslation("password.save"), e -> {
            current.setInvalid(false);
            chosen.setInvalid(false);
            repeat.setInvalid(false);
            if (!chosen.getValue().equals(repeat.getValue())) {
                repeat.setErrorMessage(getTranslation("password.error.mismatch"));
                repeat.setInvalid(true);
                return;
            }
            try {
                accounts.changeOwnPassword(current.getValue(), chosen.getValue());
                currentUser.passwordChanged();
                Notices.success(this, "password.changed");
                getUI().ifPresent(ui -> ui.navigate(""));
            } catch (UserFacingException ex) {
                var field = ex.messageKey().equals("password.error.current-wrong") ? current : chosen;
                field.setErrorMessage(getTranslation(ex.messageKey(), ex.args()));
                field.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new FormLayout(current, chosen, repeat);
        form.setMaxWidth("30rem");
        add(form, save);
        if (!currentUser.require().mustChangePassword()) {
            addTwoStepSection(currentUser);
            addEmailSection(accounts);
        }
    }

    /** Staff: whether two-step sign-in is on, and the way to set it up (docs/security/mfa.md). */
    private void addTwoStepSection(CurrentUser currentUser) {
        if (!org.familyvoice.base.Roles.STAFF.contains(currentUser.require().role())) {
            return;
        }
        boolean on = mfa.isEnrolled();
        add(new H2(getTranslation("mfa.settings.title")),
                new Paragraph(getTranslation(on ? "mfa.settings.on" : "mfa.account.off")),
                new com.vaadin.flow.router.RouterLink(getTranslation(on ? "mfa.account.open" : "mfa.account.setup"),
                        TwoStepSettingsView.class));
    }

    private void addEmailSection(AccountService accounts) {
        var email = new TextField(getTranslation("account.email.label"));
        email.setHelperText(getTranslation("account.email.help"));
        email.setMaxLength(NotificationAddresses.MAX_LENGTH);
        email.setWidthFull();
        email.setMaxWidth("30rem");
        email.getElement().setAttribute("autocomplete", "email");
        email.getElement().setAttribute("inputmode", "email");
        email.setValue(accounts.ownEmail().orElse(""));
        var saveEmail = new Button(getTranslation("account.email.save"), e -> {
            email.setInvalid(false);
            try {
                accounts.changeOwnEmail(email.getValue());
                email.setValue(accounts.ownEmail().orElse(""));
                Notices.success(this, email.getValue().isEmpty() ? "account.email.removed" : "account.email.saved");
            } catch (UserFacingException ex) {
                email.setErrorMessage(getTranslation(ex.messageKey(), ex.args()));
                email.setInvalid(true);
            }
        });
        add(new H2(getTranslation("account.email.title")), new Paragraph(getTranslation("account.email.intro")), email,
                saveEmail);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.title") + " | " + getTranslation("app.name");
    }
}

package org.familyvoice.accounts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.familyvoice.accounts.MfaService;
import org.familyvoice.base.Roles;
import org.familyvoice.base.UserFacingException;
import org.familyvoice.base.ui.Notices;

import java.util.List;
import java.util.function.Consumer;

/**
 * A member of staff's own two-step sign-in: set it up; or see that it is on and how many recovery codes are left, get
 * new recovery codes, and (where their role does not require it) turn it off, each with a fresh code from the app.
 */
@Route(TwoStepSettingsView.ROUTE)
@RolesAllowed({Roles.PRACTITIONER, Roles.MANAGER, Roles.ADMIN})
class TwoStepSettingsView extends Main implements HasDynamicTitle {

    static final String ROUTE = "account/two-step";

    private final MfaService mfa;

    TwoStepSettingsView(MfaService mfa) {
        this.mfa = mfa;
        addClassName("fv-page");
        show();
    }

    private void show() {
        removeAll();
        add(new H1(getTranslation("mfa.settings.title")));
        if (mfa.isEnrolled()) {
            add(new Paragraph(getTranslation("mfa.settings.on")),
                    new Paragraph(getTranslation("mfa.settings.codes-left", mfa.recoveryCodesLeft())));
            add(withAppCode("new-codes", ButtonVariant.LUMO_PRIMARY, code -> {
                List<String> codes = mfa.replaceRecoveryCodes(code);
                removeAll();
                add(new H1(getTranslation("mfa.settings.title")), new RecoveryCodesPanel(codes, () -> {
                    Notices.success(this, "mfa.settings.new-codes.done");
                    show();
                }));
            }));
            if (!mfa.isRequired()) {
                add(withAppCode("turn-off", ButtonVariant.LUMO_ERROR, code -> {
                    mfa.turnOff(code);
                    Notices.success(this, "mfa.settings.turn-off.done");
                    show();
                }));
            }
            add(new Paragraph(getTranslation("mfa.settings.lost")));
        } else {
            add(new MfaEnrolmentForm(mfa, () -> {
                Notices.success(this, "mfa.settings.done");
                show();
            }));
        }
    }

    /** A change to the person's own second step, asked with a fresh code from their app. */
    private Section withAppCode(String name, ButtonVariant variant, Consumer<String> action) {
        var code = new TextField(getTranslation("mfa.settings." + name + ".code"));
        code.setHelperText(getTranslation("mfa.enrol.code.help"));
        code.setMaxLength(12);
        code.setWidthFull();
        code.setMaxWidth("28rem");   // the whole label shows: it says what the code is for
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.getElement().setAttribute("inputmode", "numeric");
        var go = new Button(getTranslation("mfa.settings." + name));
        go.addThemeVariants(variant);
        go.addClickListener(e -> {
            code.setInvalid(false);
            try {
                action.accept(code.getValue());
            } catch (UserFacingException ex) {
                code.setErrorMessage(getTranslation(ex.messageKey(), ex.args()));
                code.setInvalid(true);
                code.focus();
            }
        });
        var section = new Section(new H2(getTranslation("mfa.settings." + name + ".title")),
                new Paragraph(getTranslation("mfa.settings." + name + ".intro")), code, new Div(go));
        section.addClassName("fv-card");
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mfa.settings.title") + " | " + getTranslation("app.name");
    }
}

package org.familyvoice.accounts.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.familyvoice.accounts.MfaService;
import org.familyvoice.base.Roles;
import org.familyvoice.base.ui.Notices;

/** A member of staff's own two-step sign-in: set it up, or see that it is on and how many recovery codes are left. */
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
                    new Paragraph(getTranslation("mfa.settings.codes-left", mfa.recoveryCodesLeft())),
                    new Paragraph(getTranslation("mfa.settings.lost")));
        } else {
            add(new MfaEnrolmentForm(mfa, () -> {
                Notices.success(this, "mfa.settings.done");
                show();
            }));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mfa.settings.title") + " | " + getTranslation("app.name");
    }
}

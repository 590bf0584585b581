package org.familyvoice.privacy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.familyvoice.base.UserFacingException;
import org.familyvoice.base.UserId;
import org.familyvoice.base.ui.Confirm;
import org.familyvoice.base.ui.Notices;
import org.familyvoice.privacy.ErasureCandidate;
import org.familyvoice.privacy.ErasureReport;
import org.familyvoice.privacy.ErasureService;
import org.jspecify.annotations.Nullable;

/**
 * Erasing one person on request: find the account by username, read who it is, confirm. The result names no one: it
 * gives the tombstone account and what was changed.
 */
class ErasurePanel extends Div {

    private final ErasureService erasure;
    private final TextField username = new TextField();
    private final Paragraph found = new Paragraph();
    private final Button erase = new Button();
    private @Nullable ErasureCandidate target;

    ErasurePanel(ErasureService erasure) {
        this.erasure = erasure;
        username.setLabel(getTranslation("erasure.username"));
        username.setHelperText(getTranslation("erasure.username-help"));
        username.setMaxLength(60);
        var find = new Button(getTranslation("erasure.find"), e -> find());
        erase.setText(getTranslation("erasure.erase"));
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        erase.setVisible(false);
        erase.addClickListener(e -> confirm());
        found.setId("erasure-found");
        found.getElement().setAttribute("aria-live", "polite");
        add(new H2(getTranslation("erasure.title")), new Paragraph(getTranslation("erasure.intro")), username, find,
                found, erase);
    }

    private void find() {
        erase.setVisible(false);
        target = null;
        var candidate = erasure.findAccount(username.getValue().strip());
        if (candidate.isEmpty()) {
            found.setText(getTranslation("erasure.not-found"));
            return;
        }
        ErasureCandidate c = candidate.get();
        if (c.erased()) {
            found.setText(getTranslation("erasure.refused.already"));
            return;
        }
        found.setText(getTranslation(c.familyCase() == null ? "erasure.found-staff" : "erasure.found-family",
                c.displayName(), c.username(), getTranslation("role." + c.role()), c.familyCase()));
        target = c;
        erase.setVisible(true);
    }

    private void confirm() {
        ErasureCandidate c = target;
        if (c != null) {
            Confirm.ask(this, getTranslation("erasure.confirm.header"),
                    getTranslation("erasure.confirm.text", c.displayName(), c.username()),
                    getTranslation("erasure.erase"), () -> eraseNow(c));
        }
    }

    private void eraseNow(ErasureCandidate c) {
        try {
            ErasureReport report = erasure.eraseAccount(new UserId(c.userId()));
            Notices.success(this, "erasure.done", "erased-" + report.userId());
            found.setText(getTranslation("erasure.done", "erased-" + report.userId()));
            username.clear();
        } catch (UserFacingException refused) {
            Notices.error(this, refused);
            found.setText(getTranslation(refused.messageKey(), refused.args()));
        }
        erase.setVisible(false);
        target = null;
    }
}

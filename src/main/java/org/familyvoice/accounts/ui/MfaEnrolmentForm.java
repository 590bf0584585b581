package org.familyvoice.accounts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import org.familyvoice.accounts.MfaService;
import org.familyvoice.accounts.Totp;
import org.familyvoice.base.UserFacingException;

import java.util.List;

/**
 * Setting up an authenticator app: scan the QR code (or type the key), confirm with a code, then read the recovery
 * codes, shown this once. Used on the account page and on the two-step page for managers and administrators who
 * must set it up before anything else.
 */
final class MfaEnrolmentForm extends Div {

    MfaEnrolmentForm(MfaService mfa, Runnable onDone) {
        addClassName("fv-mfa-enrol");
        MfaService.Enrolment enrolment = mfa.startEnrolment();
        var steps = new OrderedList(
                new ListItem(getTranslation("mfa.enrol.step.app")),
                new ListItem(getTranslation("mfa.enrol.step.scan")),
                new ListItem(getTranslation("mfa.enrol.step.code")));
        var qr = QrCodeImage.of(enrolment.otpauthUri(), getTranslation("mfa.enrol.qr-alt"));
        var key = new Span(Totp.grouped(enrolment.secret()));
        key.addClassName("fv-mfa-key");
        var keyLine = new Paragraph(new Span(getTranslation("mfa.enrol.key") + " "), key);
        var code = new TextField(getTranslation("mfa.code.label"));
        code.setHelperText(getTranslation("mfa.enrol.code.help"));
        code.setMaxLength(12);
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.getElement().setAttribute("inputmode", "numeric");
        code.setRequiredIndicatorVisible(true);
        var confirm = new Button(getTranslation("mfa.enrol.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        confirm.addClickListener(e -> {
            code.setInvalid(false);
            try {
                List<String> recovery = mfa.confirmEnrolment(enrolment, code.getValue());
                removeAll();
                add(new RecoveryCodesPanel(recovery, onDone));
            } catch (UserFacingException ex) {
                code.setErrorMessage(getTranslation(ex.messageKey(), ex.args()));
                code.setInvalid(true);
            }
        });
        add(new Paragraph(getTranslation("mfa.enrol.intro")), steps, qr, keyLine, code, new Div(confirm));
    }
}

package org.familyvoice.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** Shows a one-time password once, to hand over in person or by phone. */
public final class TemporaryPasswordDialog {

    private TemporaryPasswordDialog() {
    }

    public static void show(Component owner, String username, String temporaryPassword) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(owner.getTranslation("staff.temporary.title"));
        var password = new Span(temporaryPassword);
        password.addClassName("fv-code");
        password.getElement().setAttribute("data-testid", "temporary-password");
        dialog.add(new Paragraph(owner.getTranslation("staff.temporary.text", username)), password,
                new Paragraph(owner.getTranslation("staff.temporary.once")));
        var close = new Button(owner.getTranslation("common.done"), e -> dialog.close());
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(close);
        dialog.open();
    }
}

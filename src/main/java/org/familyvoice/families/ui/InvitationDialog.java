package org.familyvoice.families.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.familyvoice.base.ui.Formats;
import org.familyvoice.families.FamilyMember;
import org.familyvoice.families.NewInvitation;


/** Shows a new invitation's code and link once, to give to the family member. */
final class InvitationDialog {

    private InvitationDialog() {
    }

    static void show(Component owner, FamilyMember member, NewInvitation invitation) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(owner.getTranslation("invitation.created.title", member.name()));
        var code = new Span(invitation.code());
        code.addClassName("fv-code");
        code.getElement().setAttribute("data-testid", "invitation-code");
        var link = new Span(invitation.link());
        link.addClassName("fv-link-text");
        link.getElement().setAttribute("data-testid", "invitation-link");
        String expires = Formats.date(invitation.expiresAt());
        dialog.add(new Paragraph(owner.getTranslation("invitation.created.code")), code,
                new Paragraph(owner.getTranslation("invitation.created.link")), link,
                new Paragraph(owner.getTranslation("invitation.created.expires", expires)),
                new Paragraph(owner.getTranslation("invitation.created.once")));
        var done = new Button(owner.getTranslation("common.done"), e -> dialog.close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(done);
        dialog.open();
    }
}

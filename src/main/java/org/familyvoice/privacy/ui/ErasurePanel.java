package org.familyvoice.privacy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import org.familyvoice.base.UserFacingException;
import org.familyvoice.base.UserId;
import org.familyvoice.families.MemberId;
import org.familyvoice.base.ui.Confirm;
import org.familyvoice.base.ui.Notices;
import org.familyvoice.privacy.ErasureCandidate;
import org.familyvoice.privacy.ErasureReport;
import org.familyvoice.privacy.ErasureService;
import org.jspecify.annotations.Nullable;

/**
 * Erasing one person on request: find the account by username, read who it is, confirm; or, for a family member
 * without an account, find them by name and choose. The result names no one: it gives the tombstone account and what
 * was changed.
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
        addMembersWithoutAccount();
    }

    // ---------------------------------------------------------------- family members without an account

    private final TextField memberName = new TextField();
    private final Paragraph membersFound = new Paragraph();
    private final Div memberList = new Div();

    /** A parent invited by name only, or a child: no username to look up, so found by name, then chosen. */
    private void addMembersWithoutAccount() {
        memberName.setLabel(getTranslation("erasure.member.name"));
        memberName.setHelperText(getTranslation("erasure.member.name-help"));
        memberName.setMaxLength(120);
        var findMember = new Button(getTranslation("erasure.member.find"), e -> findMembers());
        membersFound.setId("erasure-members-found");
        membersFound.getElement().setAttribute("aria-live", "polite");
        memberList.addClassName("fv-erasure-members");
        memberList.getElement().setAttribute("role", "list");
        add(new H3(getTranslation("erasure.member.title")), new Paragraph(getTranslation("erasure.member.intro")),
                memberName, findMember, membersFound, memberList);
    }

    private void findMembers() {
        memberList.removeAll();
        var members = erasure.findMembersWithoutAccount(memberName.getValue());
        membersFound.setText(members.isEmpty() ? getTranslation("erasure.member.not-found")
                : getTranslation("erasure.member.found", members.size()));
        for (var m : members) {
            var who = new Span(getTranslation("erasure.member.row", m.name(), m.relationship(), m.familyCase()));
            var eraseMember = new Button(getTranslation("erasure.member.erase"), e -> Confirm.ask(this,
                    getTranslation("erasure.confirm.header"),
                    getTranslation("erasure.member.confirm", m.name(), m.familyCase()),
                    getTranslation("erasure.erase"), () -> eraseMember(m.id())));
            eraseMember.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            eraseMember.setAriaLabel(getTranslation("erasure.member.erase.aria", m.name(), m.familyCase()));
            var row = new Div(who, eraseMember);
            row.addClassName("fv-erasure-member");
            row.getElement().setAttribute("role", "listitem");
            memberList.add(row);
        }
    }

    private void eraseMember(long memberId) {
        try {
            erasure.eraseFamilyMember(new MemberId(memberId));
            Notices.success(this, "erasure.member.done");
            membersFound.setText(getTranslation("erasure.member.done"));
            memberName.clear();
        } catch (UserFacingException refused) {
            Notices.error(this, refused);
            membersFound.setText(getTranslation(refused.messageKey(), refused.args()));
        }
        memberList.removeAll();
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

package org.familyvoice.families.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.familyvoice.accounts.StaffAccount;
import org.familyvoice.base.FamilyId;
import org.familyvoice.base.Roles;
import org.familyvoice.base.UserFacingException;
import org.familyvoice.base.security.CurrentUser;
import org.familyvoice.base.ui.Confirm;
import org.familyvoice.base.ui.Formats;
import org.familyvoice.base.ui.RouteLookup;
import org.familyvoice.base.ui.Notices;
import org.familyvoice.base.ui.TemporaryPasswordDialog;
import org.familyvoice.families.Family;
import org.familyvoice.families.FamilyMember;
import org.familyvoice.families.FamilyService;
import org.familyvoice.families.Invitation;
import org.familyvoice.families.InvitationService;
import org.familyvoice.families.MemberType;
import org.familyvoice.meetings.MeetingService;
import org.familyvoice.meetings.ui.FamilyMeetings;

import java.time.Clock;
import java.util.List;

/** One family as staff see it: members, allocation, meetings, and invitations for members to join. */
@Route("families/:familyId")
@RolesAllowed({Roles.PRACTITIONER, Roles.MANAGER})
class FamilyView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final FamilyService families;
    private final InvitationService invitations;
    private final CurrentUser currentUser;
    private final MeetingService meetings;
    private final Clock clock;
    private Family family;

    FamilyView(FamilyService families, InvitationService invitations, CurrentUser currentUser, MeetingService meetings,
               Clock clock) {
        this.families = families;
        this.invitations = invitations;
        this.currentUser = currentUser;
        this.meetings = meetings;
        this.clock = clock;
        addClassName("fv-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Family found = RouteLookup.byId(event, "familyId", id -> families.getFamily(new FamilyId(id)));
        if (found == null) {
            return;
        }
        family = found;
        render();
    }

    private void render() {
        removeAll();
        add(new H1(family.displayName()));
        var facts = new Div(fact("families.case-reference", family.caseReference()),
                fact("families.team", family.teamName()),
                fact("families.practitioner", family.allocatedPractitionerName()));
        facts.addClassName("fv-facts");
        add(facts);
        if (!family.editable()) {
            add(new Paragraph(getTranslation("family.read-only")));
        }
        if (family.editable() && currentUser.require().hasRole(Roles.MANAGER)) {
            add(allocation());
        }
        add(new H2(getTranslation("family.members")));
        if (family.editable()) {
            var addMember = new Button(getTranslation("family.add-member"),
                    e -> new AddMemberDialog(families, family.id(), this::refresh).open());
            addMember.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(addMember);
        }
        // Asked for once: each call is a recorded read of the family's members.
        List<FamilyMember> members = families.members(family.id());
        add(membersGrid(members));
        add(new FamilyMeetings(meetings, family, members, clock));
        if (family.editable()) {
            add(new H2(getTranslation("family.invitations")));
            add(invitationsGrid());
        }
    }

    private Div fact(String key, String value) {
        var label = new Span(getTranslation(key));
        label.addClassName("fv-fact-label");
        var div = new Div(label, new Span(value));
        div.addClassName("fv-fact");
        return div;
    }

    private Div allocation() {
        var practitioner = new ComboBox<StaffAccount>(getTranslation("family.change-practitioner"));
        practitioner.setItems(families.allocatablePractitioners());
        practitioner.setItemLabelGenerator(StaffAccount::displayName);
        var save = new Button(getTranslation("family.allocate"), e -> {
            if (practitioner.getValue() == null) {
                return;
            }
            try {
                families.allocate(family.id(), practitioner.getValue().id());
                Notices.success(this, "family.allocated", practitioner.getValue().displayName());
                refresh();
            } catch (UserFacingException ex) {
                Notices.error(this, ex);
            }
        });
        var row = new Div(practitioner, save);
        row.addClassName("fv-inline-form");
        return row;
    }

    private Grid<FamilyMember> membersGrid(List<FamilyMember> members) {
        var grid = new Grid<FamilyMember>();
        grid.addColumn(FamilyMember::name).setHeader(getTranslation("family.member.name")).setAutoWidth(true);
        grid.addColumn(FamilyMember::relationship).setHeader(getTranslation("family.member.relationship"));
        grid.addColumn(m -> getTranslation("member-type." + m.type().name()))
                .setHeader(getTranslation("family.member.type"));
        grid.addColumn(m -> m.dateOfBirth() == null ? ""
                        : Formats.date(m.dateOfBirth()))
                .setHeader(getTranslation("family.member.dob"));
        grid.addComponentColumn(m -> {
            if (m.hasAccount()) {
                var joined = new Span(getTranslation("family.member.joined"));
                if (!family.editable()) {
                    return joined;
                }
                var reset = new Button(getTranslation("family.reset-password"), e -> confirmReset(m));
                reset.setAriaLabel(getTranslation("family.reset-password.aria", m.name()));
                reset.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                var cell = new Div(joined, reset);
                cell.addClassName("fv-actions");
                return cell;
            }
            if (!family.editable()) {
                return new Span(getTranslation("family.member.not-joined"));
            }
            var invite = new Button(getTranslation("family.invite"), e -> invite(m));
            invite.setAriaLabel(getTranslation("family.invite.aria", m.name()));
            invite.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return invite;
        }).setHeader(getTranslation("family.member.account")).setKey("account").setAutoWidth(true);
        grid.setItems(members);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("family.members"));
        grid.setEmptyStateText(getTranslation("family.members.empty"));
        return grid;
    }

    private void invite(FamilyMember member) {
        try {
            var created = invitations.invite(family.id(), member.id());
            InvitationDialog.show(this, member, created);
            refresh();
        } catch (UserFacingException ex) {
            Notices.error(this, ex);
        }
    }

    private void confirmReset(FamilyMember member) {
        Confirm.ask(this, getTranslation("family.reset-password.confirm.title"),
                getTranslation("family.reset-password.confirm.text", member.name()),
                getTranslation("family.reset-password"), () -> {
                    var credentials = families.resetMemberPassword(family.id(), member.id());
                    TemporaryPasswordDialog.show(this, credentials.username(), credentials.temporaryPassword());
                });
    }

    private Grid<Invitation> invitationsGrid() {
        var grid = new Grid<Invitation>();
        grid.addColumn(Invitation::memberName).setHeader(getTranslation("family.member.name")).setAutoWidth(true);
        grid.addColumn(i -> getTranslation("invitation.status." + i.status().name()))
                .setHeader(getTranslation("invitation.status"));
        grid.addColumn(i -> Formats.dateTime(i.expiresAt())).setHeader(getTranslation("invitation.expires"));
        grid.addComponentColumn(i -> {
            if (i.status() != Invitation.Status.PENDING) {
                return new Span();
            }
            var revoke = new Button(getTranslation("invitation.revoke"), e -> {
                invitations.revoke(family.id(), i.id());
                Notices.success(this, "invitation.revoked", i.memberName());
                refresh();
            });
            revoke.setAriaLabel(getTranslation("invitation.revoke.aria", i.memberName()));
            revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            return revoke;
        }).setHeader(getTranslation("staff.actions")).setAutoWidth(true);
        grid.setItems(invitations.invitations(family.id()));
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("family.invitations"));
        grid.setEmptyStateText(getTranslation("family.invitations.empty"));
        return grid;
    }

    private void refresh() {
        family = families.getFamily(family.id());
        render();
    }

    @Override
    public String getPageTitle() {
        return (family == null ? "" : family.displayName() + " | ") + getTranslation("app.name");
    }

}

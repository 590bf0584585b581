package org.familyvoice.accounts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.familyvoice.accounts.AccountService;
import org.familyvoice.accounts.StaffAccount;
import org.familyvoice.base.Roles;
import org.familyvoice.base.UserFacingException;
import org.familyvoice.base.security.CurrentUser;
import org.familyvoice.base.ui.Confirm;
import org.familyvoice.base.ui.Notices;
import org.familyvoice.base.ui.TemporaryPasswordDialog;

/** Administrators create staff accounts, assign role and team, deactivate and reset passwords. */
@Route("admin/staff")
@RolesAllowed(Roles.ADMIN)
@Menu(order = 10, icon = "vaadin:users", title = "menu.staff")
class StaffAccountsView extends Main implements HasDynamicTitle {

    private final AccountService accounts;
    private final org.familyvoice.accounts.MfaService mfa;
    private final Grid<StaffAccount> grid = new Grid<>();

    StaffAccountsView(AccountService accounts, CurrentUser currentUser, org.familyvoice.accounts.MfaService mfa) {
        this.accounts = accounts;
        this.mfa = mfa;
        addClassName("fv-page");
        var create = new Button(getTranslation("staff.new"), e -> StaffDialog.create(accounts, this::created).open());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var header = new Div(new H1(getTranslation("staff.title")), create);
        header.addClassName("fv-page-header");

        grid.addColumn(StaffAccount::displayName).setHeader(getTranslation("staff.name")).setAutoWidth(true);
        grid.addColumn(StaffAccount::username).setHeader(getTranslation("staff.username"));
        grid.addColumn(s -> getTranslation("role." + s.role())).setHeader(getTranslation("staff.role")).setAutoWidth(true);
        grid.addColumn(s -> s.teamName() == null ? "" : s.teamName()).setHeader(getTranslation("staff.team"));
        grid.addColumn(s -> getTranslation(s.active() ? "staff.active" : "staff.inactive"))
                .setHeader(getTranslation("staff.status"));
        grid.addComponentColumn(s -> actions(s, currentUser)).setHeader(getTranslation("staff.actions"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel(getTranslation("staff.title"));
        grid.setItems(query -> accounts.findStaff(query.getOffset(), query.getLimit()).stream(),
                query -> accounts.countStaff());
        grid.setSizeFull();
        add(header, grid);
        setHeightFull();
    }

    private Div actions(StaffAccount s, CurrentUser currentUser) {
        var actions = new Div();
        actions.addClassName("fv-actions");
        if (s.id().equals(currentUser.require().id())) {
            actions.add(new Span(getTranslation("staff.you")));
            return actions;
        }
        var edit = new Button(getTranslation("staff.edit"), e -> StaffDialog.edit(accounts, mfa, s, this::refresh).open());
        edit.setAriaLabel(getTranslation("staff.edit.aria", s.displayName()));
        var reset = new Button(getTranslation("staff.reset"), e -> confirmReset(s));
        reset.setAriaLabel(getTranslation("staff.reset.aria", s.displayName()));
        var toggle = new Button(getTranslation(s.active() ? "staff.deactivate" : "staff.reactivate"), e -> {
            try {
                accounts.setActive(s.id(), !s.active());
                Notices.success(this, s.active() ? "staff.deactivated" : "staff.reactivated", s.displayName());
                refresh();
            } catch (UserFacingException ex) {
                Notices.error(this, ex);
            }
        });
        toggle.setAriaLabel(getTranslation(s.active() ? "staff.deactivate.aria" : "staff.reactivate.aria",
                s.displayName()));
        for (var b : new Button[]{edit, reset, toggle}) {
            b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        }
        actions.add(edit, reset, toggle);
        return actions;
    }

    private void confirmReset(StaffAccount s) {
        Confirm.ask(this, getTranslation("staff.reset.confirm.title"),
                getTranslation("staff.reset.confirm.text", s.displayName()), getTranslation("staff.reset"), () -> {
                    var credentials = accounts.resetPassword(s.id());
                    TemporaryPasswordDialog.show(this, credentials.username(), credentials.temporaryPassword());
                });
    }

    private void created(AccountService.TemporaryCredentials credentials) {
        refresh();
        TemporaryPasswordDialog.show(this, credentials.username(), credentials.temporaryPassword());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.title") + " | " + getTranslation("app.name");
    }
}

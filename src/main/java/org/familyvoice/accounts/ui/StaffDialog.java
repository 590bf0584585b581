package org.familyvoice.accounts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import org.familyvoice.accounts.AccountService;
import org.familyvoice.accounts.MfaService;
import org.familyvoice.base.ui.Confirm;
import org.familyvoice.accounts.AccountService.TemporaryCredentials;
import org.familyvoice.accounts.StaffAccount;
import org.familyvoice.accounts.Team;
import org.familyvoice.base.Roles;
import org.familyvoice.base.UserFacingException;
import org.familyvoice.base.ui.Notices;
import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.function.Consumer;

/** Create a staff account, or change an account's role and team. */
final class StaffDialog extends Dialog {

    private final TextField username = new TextField();
    private final TextField displayName = new TextField();
    private final RadioButtonGroup<String> role = new RadioButtonGroup<>();
    private final ComboBox<Team> team = new ComboBox<>();
    private final Checkbox onDuty = new Checkbox();

    private StaffDialog(AccountService accounts, @Nullable StaffAccount existing) {
        setHeaderTitle(getTranslation(existing == null ? "staff.new" : "staff.edit.title"));
        username.setLabel(getTranslation("staff.username"));
        username.setHelperText(getTranslation("username.help"));
        username.setMaxLength(60);
        displayName.setLabel(getTranslation("staff.name"));
        displayName.setMaxLength(120);
        role.setLabel(getTranslation("staff.role"));
        role.setItems(Roles.STAFF);
        role.setItemLabelGenerator(r -> getTranslation("role." + r));
        team.setLabel(getTranslation("staff.team"));
        List<Team> teams = accounts.teams();
        team.setItems(teams);
        team.setItemLabelGenerator(Team::name);
        onDuty.setLabel(getTranslation("staff.on-duty"));
        onDuty.setHelperText(getTranslation("staff.on-duty.help"));
        onDuty.setVisible(false);
        role.addValueChangeListener(e -> {
            team.setEnabled(!Roles.ADMIN.equals(e.getValue()));
            onDuty.setVisible(existing != null && Roles.PRACTITIONER.equals(e.getValue()));
        });
        var form = new FormLayout();
        if (existing == null) {
            form.add(displayName, username);
            for (var f : new TextField[]{displayName, username}) {
                f.setRequiredIndicatorVisible(true);
            }
        } else {
            role.setValue(existing.role());
            teams.stream().filter(t -> t.id().equals(existing.teamId())).findFirst().ifPresent(team::setValue);
            onDuty.setValue(existing.onDuty());
        }
        role.setRequiredIndicatorVisible(true);
        form.add(role, team, onDuty);
        add(form);
        var cancel = new Button(getTranslation("common.cancel"), e -> close());
        getFooter().add(cancel);
        setCloseOnOutsideClick(false);
    }

    static StaffDialog create(AccountService accounts, Consumer<TemporaryCredentials> onCreated) {
        var dialog = new StaffDialog(accounts, null);
        var save = new Button(dialog.getTranslation("staff.create"), e -> dialog.save(() -> {
            TemporaryCredentials created = accounts.createStaff(dialog.username.getValue(),
                    dialog.displayName.getValue(), dialog.role.getValue(), dialog.teamId());
            dialog.close();
            onCreated.accept(created);
        }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(save);
        return dialog;
    }

    static StaffDialog edit(AccountService accounts, MfaService mfa, StaffAccount existing, Runnable onSaved) {
        var dialog = new StaffDialog(accounts, existing);
        dialog.addTwoStep(mfa, existing, onSaved);
        var save = new Button(dialog.getTranslation("common.save"), e -> dialog.save(() -> {
            accounts.changeRoleAndTeam(existing.id(), dialog.role.getValue(), dialog.teamId());
            accounts.setOnDuty(existing.id(), Roles.PRACTITIONER.equals(dialog.role.getValue()) && dialog.onDuty.getValue());
            dialog.close();
            Notices.success(dialog, "staff.saved", existing.displayName());
            onSaved.run();
        }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(save);
        return dialog;
    }

    /** Whether the person uses two-step sign-in, and the administrator's reset (e.g. after a lost phone). */
    private void addTwoStep(MfaService mfa, StaffAccount existing, Runnable onReset) {
        boolean on = mfa.isEnrolled(existing.id());
        var status = new Paragraph(getTranslation(on ? "staff.mfa.on" : "staff.mfa.off"));
        add(new H3(getTranslation("mfa.settings.title")), status);
        if (on) {
            var reset = new Button(getTranslation("staff.mfa-reset"), e -> Confirm.ask(this,
                    getTranslation("staff.mfa-reset.confirm.title"),
                    getTranslation("staff.mfa-reset.confirm.text", existing.displayName()),
                    getTranslation("staff.mfa-reset"), () -> {
                        try {
                            mfa.reset(existing.id());
                            Notices.success(this, "staff.mfa-reset.done", existing.displayName());
                            close();
                            onReset.run();
                        } catch (UserFacingException ex) {
                            Notices.error(this, ex);
                        }
                    }));
            reset.setAriaLabel(getTranslation("staff.mfa-reset.aria", existing.displayName()));
            add(reset);
        }
    }

    private org.familyvoice.base.@Nullable TeamId teamId() {
        return team.getValue() == null || Roles.ADMIN.equals(role.getValue()) ? null : team.getValue().id();
    }

    private void save(Runnable action) {
        for (var f : new TextField[]{username, displayName}) {
            f.setInvalid(false);
        }
        role.setInvalid(false);
        team.setInvalid(false);
        if (role.getValue() == null) {
            role.setErrorMessage(getTranslation("accounts.error.role"));
            role.setInvalid(true);
            return;
        }
        try {
            action.run();
        } catch (UserFacingException ex) {
            String message = getTranslation(ex.messageKey(), ex.args());
            switch (ex.messageKey()) {
                case "username.error.empty", "username.error.format", "username.error.taken" -> {
                    username.setErrorMessage(message);
                    username.setInvalid(true);
                }
                case "accounts.error.name-required", "accounts.error.name-too-long", "accounts.error.name-hidden" -> {
                    displayName.setErrorMessage(message);
                    displayName.setInvalid(true);
                }
                case "accounts.error.team-required" -> {
                    team.setErrorMessage(message);
                    team.setInvalid(true);
                }
                default -> Notices.error(this, ex);
            }
        }
    }
}

package org.familyvoice.accounts.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.familyvoice.KaribuTest;
import org.familyvoice.SignIn;
import org.familyvoice.accounts.StaffAccount;
import org.familyvoice.accounts.Team;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class StaffAccountsViewTest extends KaribuTest {

    @Test
    @SuppressWarnings("unchecked")
    void anAdministratorCreatesAStaffAccountAndTheNewPersonMustChooseTheirOwnPassword() {
        login(SignIn.ADMIN);
        UI.getCurrent().navigate("admin/staff");
        _click(_get(Button.class, spec -> spec.withText("New staff account")));

        _click(_get(Button.class, spec -> spec.withText("Create account")));
        assertThat(_get(RadioButtonGroup.class, spec -> spec.withLabel("Role")).isInvalid()).isTrue();

        _setValue(_get(TextField.class, spec -> spec.withLabel("Name")), "Nadia Hussain");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Username")), "nadia <b>");
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withLabel("Role")), "PRACTITIONER");
        ComboBox<Team> team = _get(ComboBox.class, spec -> spec.withLabel("Team"));
        _setValue(team, team.getListDataView().getItems().filter(t -> t.name().startsWith("South")).findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withText("Create account")));
        TextField username = _get(TextField.class, spec -> spec.withLabel("Username"));
        assertThat(username.isInvalid()).isTrue();
        assertThat(username.getErrorMessage()).contains("no spaces");

        _setValue(username, "nadia.hussain");
        _click(_get(Button.class, spec -> spec.withText("Create account")));
        String temporary = _get(Span.class, spec -> spec.withAttribute("data-testid", "temporary-password")).getText();
        assertThat(temporary).hasSize(19);
        _click(_get(Button.class, spec -> spec.withText("Done")));

        Grid<StaffAccount> grid = _get(Grid.class);
        assertThat(_findAll(grid)).anySatisfy(s -> {
            assertThat(s.username()).isEqualTo("nadia.hussain");
            assertThat(s.teamName()).startsWith("South");
        });

        // the new practitioner is sent to choose a password before anything else
        SignIn.out();
        login("nadia.hussain");
        UI.getCurrent().navigate("families");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("account/password");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Current password")), temporary);
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("New password")), "orange kites at dawn");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Type the password again")), "orange kites at dawn");
        _click(_get(Button.class, spec -> spec.withText("Save new password")));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("families");
        assertThat(_get(H1.class).getText()).isEqualTo("Families");
    }
}

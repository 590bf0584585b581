package org.familyvoice.families.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import org.familyvoice.KaribuTest;
import org.familyvoice.SignIn;
import org.familyvoice.base.FamilyId;
import org.familyvoice.families.FamilyService;
import org.familyvoice.families.InvitationService;
import org.familyvoice.families.MemberType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class JoinViewTest extends KaribuTest {

    @Autowired FamilyService families;
    @Autowired InvitationService invitations;
    @Autowired JdbcClient jdbc;

    private String newInvitationCode(String name) {
        login(SignIn.MANAGER_NORTH);
        var harper = new FamilyId(jdbc.sql("select id from family where case_reference = 'FV-1001'")
                .query(Long.class).single());
        var member = families.addMember(harper, name, "Stepdad", MemberType.PARENT, null);
        String code = invitations.invite(harper, member).code();
        SignIn.out();
        return code;
    }

    @Test
    void aMemberJoinsWithTheLinkFromTheirInvitation() {
        String code = newInvitationCode("Lee Harper");
        UI.getCurrent().navigate("join", QueryParameters.of("code", code));
        assertThat(_get(Paragraph.class, spec -> spec.withPredicate(p -> p.getText().contains("Hello"))).getText())
                .isEqualTo("Hello Lee Harper, welcome.");
        assertThat(_get(TextField.class, spec -> spec.withLabel("Invitation code")).getValue()).isEqualTo(code);

        _setValue(_get(TextField.class, spec -> spec.withLabel("Choose a username")), "lee.harper");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Choose a password")), "ليمون و نعناع forever");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Type the password again")),
                "ليمون و نعناع forever");
        _click(_get(Button.class, spec -> spec.withText("Create my account")));

        assertThat(_get(H1.class).getText()).isEqualTo("You are all set");
        assertThat(signIn.as("lee.harper").role()).isEqualTo("PARENT");
    }

    @Test
    void aBadCodeIsRefusedCalmlyAndTheFormKeepsWhatWasTyped() {
        UI.getCurrent().navigate("join");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Invitation code")), "NOT-A-CODE");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Choose a username")), "someone.new");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Choose a password")), "a long enough password");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Type the password again")), "a long enough password");
        _click(_get(Button.class, spec -> spec.withText("Create my account")));

        TextField code = _get(TextField.class, spec -> spec.withLabel("Invitation code"));
        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage()).startsWith("This code cannot be used");
        assertThat(_get(TextField.class, spec -> spec.withLabel("Choose a username")).getValue()).isEqualTo("someone.new");
    }

    @Test
    void mismatchedAndWeakPasswordsAreExplainedNextToTheField() {
        String code = newInvitationCode("Jo Harper");
        UI.getCurrent().navigate("join", QueryParameters.of("code", code));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Choose a username")), "jo.harper");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Choose a password")), "password1234");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Type the password again")), "password12345");
        _click(_get(Button.class, spec -> spec.withText("Create my account")));
        assertThat(_get(PasswordField.class, spec -> spec.withLabel("Type the password again")).getErrorMessage())
                .isEqualTo("The two passwords are not the same");

        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Type the password again")), "password1234");
        _click(_get(Button.class, spec -> spec.withText("Create my account")));
        assertThat(_get(PasswordField.class, spec -> spec.withLabel("Choose a password")).getErrorMessage())
                .startsWith("That password is too common");
        assertThat(_get(H1.class).getText()).isEqualTo("Join Family Voice");
    }
}

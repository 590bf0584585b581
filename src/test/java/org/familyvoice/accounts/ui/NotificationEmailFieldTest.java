package org.familyvoice.accounts.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import org.familyvoice.KaribuTest;
import org.familyvoice.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

class NotificationEmailFieldTest extends KaribuTest {

    private String stored() {
        return ctx.getBean(JdbcClient.class).sql("select email from app_user where username = 'parent.novak'")
                .query(String.class).optional().orElse(null);
    }

    @Test
    void aParentGivesAnAddressForNotificationsOnTheirAccountPageAndIsToldWhenItIsNotOne() {
        login(SignIn.PARENT_NOVAK);
        UI.getCurrent().navigate("account/password");
        TextField email = _get(TextField.class, spec -> spec.withLabel("E-mail for notifications"));
        assertThat(email.getValue()).isEmpty();

        _setValue(email, "anna.novak at example.org");
        _click(_get(Button.class, spec -> spec.withText("Save e-mail address")));
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo("Enter an e-mail address like name@example.org, or leave the field empty");
        assertThat(stored()).isNull();

        _setValue(email, "anna.novak@example.org");
        _click(_get(Button.class, spec -> spec.withText("Save e-mail address")));
        assertThat(email.isInvalid()).isFalse();
        expectNotifications("Your e-mail address for notifications has been saved.");
        assertThat(stored()).isEqualTo("anna.novak@example.org");

        // shown again on the next visit, and removed by emptying the field
        UI.getCurrent().navigate("my-family");
        UI.getCurrent().navigate("account/password");
        email = _get(TextField.class, spec -> spec.withLabel("E-mail for notifications"));
        assertThat(email.getValue()).isEqualTo("anna.novak@example.org");
        _setValue(email, "");
        _click(_get(Button.class, spec -> spec.withText("Save e-mail address")));
        expectNotifications("You will not get e-mails from Family Voice.");
        assertThat(stored()).isNull();
    }
}

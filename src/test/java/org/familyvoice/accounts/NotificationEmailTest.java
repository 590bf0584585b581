package org.familyvoice.accounts;

import org.familyvoice.IntegrationTest;
import org.familyvoice.Refusal;
import org.familyvoice.SignIn;
import org.familyvoice.base.audit.AuditAction;
import org.familyvoice.base.audit.AuditLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Everyone's own, optional address for e-mail notifications. */
@IntegrationTest
class NotificationEmailTest {

    @Autowired AccountService accounts;
    @Autowired SignIn signIn;
    @Autowired JdbcClient jdbc;
    @Autowired AuditLog audit;

    @AfterEach
    void out() {
        SignIn.out();
    }

    private String stored(String username) {
        return jdbc.sql("select email from app_user where username = :u").param("u", username)
                .query(String.class).optional().orElse(null);
    }

    @Test
    void aPersonSetsChangesAndRemovesTheirOwnAddressOnlyTheirs() {
        signIn.as(SignIn.PARENT_ADEYEMI);
        accounts.changeOwnEmail("  Tolu.Adeyemi@Example.ORG ");
        assertThat(accounts.ownEmail()).contains("Tolu.Adeyemi@example.org");
        assertThat(stored(SignIn.PARENT_ADEYEMI)).isEqualTo("Tolu.Adeyemi@example.org");
        assertThat(stored(SignIn.PARENT_HARPER)).as("nobody else's").isNotEqualTo("Tolu.Adeyemi@example.org");

        SignIn.out();
        signIn.as(SignIn.ADMIN);
        assertThat(audit.newest(0, 5)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.ACCOUNT_CHANGED);
            assertThat(e.actor()).isEqualTo(SignIn.PARENT_ADEYEMI);
            assertThat(e.details()).isEqualTo("notification e-mail set").doesNotContain("@");
        });

        SignIn.out();
        signIn.as(SignIn.PARENT_ADEYEMI);
        accounts.changeOwnEmail("   ");
        assertThat(accounts.ownEmail()).isEmpty();
        assertThat(stored(SignIn.PARENT_ADEYEMI)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"leanne", "leanne@", "@example.org", "leanne@example", "leanne harper@example.org",
            "leanne@@example.org", "leanne@example..org", "leanne@-example.org", "leanne@example.org\u0000",
            "<script>@example.org>"})
    void somethingThatIsNotAnAddressIsRefusedWithAMessageAndNothingChanges(String typed) {
        signIn.as(SignIn.YOUNG_HARPER);
        accounts.changeOwnEmail("kai@example.org");
        assertThat(Refusal.of(() -> accounts.changeOwnEmail(typed))).isEqualTo("account.email.error.invalid");
        assertThat(accounts.ownEmail()).contains("kai@example.org");
    }

    @Test
    void anAddressLongerThanEmailAllowsIsRefused() {
        signIn.as(SignIn.PRACTITIONER_SOUTH);
        String longest = "a".repeat(64) + "@" + "b".repeat(60) + "." + "c".repeat(60) + "." + "d".repeat(60) + ".org";
        assertThat(longest).hasSizeLessThanOrEqualTo(254);
        accounts.changeOwnEmail(longest);
        assertThat(accounts.ownEmail()).contains(longest);
        assertThat(Refusal.of(() -> accounts.changeOwnEmail(longest.replace(".org", ".orgx" + "e".repeat(10)))))
                .isEqualTo("account.email.error.too-long");
    }
}

package org.familyvoice.privacy.ui;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.familyvoice.KaribuTest;
import org.familyvoice.SignIn;
import org.familyvoice.privacy.RetentionRun;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The administrators' retention and erasure page, through the router, as each role. */
@TestPropertySource(properties = "familyvoice.retention.node=privacy-tests")
class RetentionViewTest extends KaribuTest {

    @Autowired JdbcClient jdbc;

    @Test
    @SuppressWarnings("unchecked")
    void theAdministratorSeesThePeriodsRunsTheJobAndSeesTheRun() {
        login(SignIn.ADMIN);
        UI.getCurrent().navigate("admin/retention");
        assertThat(_get(H1.class).getText()).isEqualTo("Retention and erasure");
        assertThat(_find(ListItem.class)).extracting(ListItem::getText)
                .anySatisfy(t -> assertThat(t).startsWith("Feedback:").contains("24 months"))
                .anySatisfy(t -> assertThat(t).contains("36 months"))
                .anySatisfy(t -> assertThat(t).contains("30 days"));

        _click(_get(Button.class, spec -> spec.withText("Run retention now")));
        Grid<RetentionRun> grid = _get(Grid.class);
        assertThat(_findAll(grid)).isNotEmpty();
        assertThat(String.join(" | ", _getFormattedRow(grid, 0))).contains("privacy-tests", "An administrator", "Done",
                "Feedback 0");
    }

    @Test
    void theAdministratorFindsAnAccountConfirmsAndTheAccountIsErased() {
        long novak = jdbc.sql("select family_id from app_user where username = :u").param("u", SignIn.PARENT_NOVAK)
                .query(Long.class).single();
        String username = "karibu.erase." + System.nanoTime();
        jdbc.sql("""
                        insert into app_user (username, display_name, password_hash, role, family_id, created_at)
                        values (:u, 'Wilhelmina Karibu', 'x', 'PARENT', :f, current_timestamp)""")
                .param("u", username).param("f", novak).update();
        login(SignIn.ADMIN);
        UI.getCurrent().navigate("admin/retention");

        _setValue(_get(TextField.class, spec -> spec.withLabel("Username")), "no.such.person");
        _click(_get(Button.class, spec -> spec.withText("Find account")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("erasure-found")).getText())
                .isEqualTo("No account has that username.");
        assertThat(_find(Button.class, spec -> spec.withText("Erase this person"))).allSatisfy(b ->
                assertThat(b.isVisible()).isFalse());

        _setValue(_get(TextField.class, spec -> spec.withLabel("Username")), username);
        _click(_get(Button.class, spec -> spec.withText("Find account")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("erasure-found")).getText())
                .contains("Wilhelmina Karibu", username, "Parent or carer");
        _click(_get(Button.class, spec -> spec.withText("Erase this person")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        long id = jdbc.sql("select id from app_user where display_name = 'Erased person' and family_id = :f "
                + "and username like 'erased-%' order by id desc limit 1").param("f", novak).query(Long.class).single();
        assertThat(_get(Paragraph.class, spec -> spec.withId("erasure-found")).getText())
                .startsWith("Erased. The account is now erased-" + id);
        assertThat(jdbc.sql("select count(*) from app_user where username = :u").param("u", username)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void theAdministratorFindsAFamilyMemberWithoutAnAccountByNameAndErasesThem() {
        long novak = jdbc.sql("select family_id from app_user where username = :u").param("u", SignIn.PARENT_NOVAK)
                .query(Long.class).single();
        String name = "Eulalie Karibu-Fairweather " + System.nanoTime() % 100_000;
        jdbc.sql("""
                        insert into family_member (family_id, name, relationship, member_type, created_at)
                        values (:f, :n, 'Grandmother', 'PARENT', current_timestamp)""")
                .param("f", novak).param("n", name).update();
        login(SignIn.ADMIN);
        UI.getCurrent().navigate("admin/retention");
        TextField search = _get(TextField.class, spec -> spec.withLabel("Name of the family member"));
        Paragraph said = _get(Paragraph.class, spec -> spec.withId("erasure-members-found"));

        for (String nothing : List.of("", "e", "%", "_%", "<script>alert(1)</script>", "' or 1=1 --")) {
            _setValue(search, nothing);
            _click(_get(Button.class, spec -> spec.withText("Find family member")));
            assertThat(said.getText()).as(nothing).isEqualTo("No family member without an account has that name.");
            assertThat(_find(Button.class, spec -> spec.withText("Erase"))).as(nothing).isEmpty();
        }
        // accounts are not listed here (they are erased by username above)
        _setValue(search, "Leanne Harper");
        _click(_get(Button.class, spec -> spec.withText("Find family member")));
        assertThat(_find(Button.class, spec -> spec.withText("Erase"))).isEmpty();

        _setValue(search, "karibu-FAIRWEATHER");
        _click(_get(Button.class, spec -> spec.withText("Find family member")));
        assertThat(said.getText()).startsWith("1 found.");
        String familyCase = jdbc.sql("select case_reference from family where id = :f").param("f", novak)
                .query(String.class).single();
        Button erase = _get(Button.class, spec -> spec.withText("Erase"));
        assertThat(erase.getAriaLabel()).hasValue("Erase " + name + " of family " + familyCase);
        _click(erase);
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(said.getText()).startsWith("Erased. The family member is now shown as \"Erased person\"");
        assertThat(jdbc.sql("select count(*) from family_member where name = :n").param("n", name)
                .query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from family_member where family_id = :f and name = 'Erased person'")
                .param("f", novak).query(Integer.class).single()).isPositive();
        _setValue(search, "Fairweather");
        _click(_get(Button.class, spec -> spec.withText("Find family member")));
        assertThat(said.getText()).isEqualTo("No family member without an account has that name.");
    }

    @Test
    void nobodyButAnAdministratorCanOpenIt() {
        for (String who : List.of(SignIn.PARENT_HARPER, SignIn.PRACTITIONER_NORTH, SignIn.MANAGER_NORTH)) {
            login(who);
            UI.getCurrent().navigate("admin/retention");
            assertThat(_find(H1.class, spec -> spec.withText("Retention and erasure"))).as(who).isEmpty();
            SignIn.out();
        }
    }
}

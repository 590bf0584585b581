package org.familyvoice.families.ui;

import com.vaadin.flow.component.UI;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.familyvoice.KaribuTest;
import org.familyvoice.SignIn;
import org.familyvoice.families.FamilyMember;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class FamilyViewTest extends KaribuTest {

    @Autowired JdbcClient jdbc;
    @Autowired org.familyvoice.families.FamilyService families;
    @Autowired org.familyvoice.families.InvitationService invitations;
    @Autowired org.springframework.security.core.userdetails.UserDetailsService users;
    @Autowired org.springframework.security.crypto.password.PasswordEncoder encoder;

    private long familyId(String caseReference) {
        return jdbc.sql("select id from family where case_reference = :r").param("r", caseReference)
                .query(Long.class).single();
    }

    private boolean showsNotFound() {
        return !_find(H1.class, spec -> spec.withText("Page not found")).isEmpty();
    }

    @Test
    void theAllocatedPractitionerSeesTheFamilyAndCanInviteAMember() {
        login(SignIn.PRACTITIONER_NORTH);
        UI.getCurrent().navigate("families/" + familyId("FV-1001"));
        assertThat(_get(H1.class).getText()).isEqualTo("The Harper family");
        assertThat(_find(Span.class, spec -> spec.withText("FV-1001"))).hasSize(1);

        @SuppressWarnings("unchecked")
        Grid<FamilyMember> members = _get(Grid.class, spec -> spec.withPredicate(g -> g.getAriaLabel().orElse("").equals("Family members")));
        var rows = _findAll(members);
        int tom = rows.indexOf(rows.stream().filter(m -> m.name().equals("Tom Harper")).findFirst().orElseThrow());
        var invite = (Button) _getCellComponent(members, tom, "account");
        assertThat(invite.getText()).isEqualTo("Invite");
        assertThat(invite.getElement().getAttribute("aria-label")).isEqualTo("Create an invitation for Tom Harper");
        _click(invite);
        Span code = _get(Span.class, spec -> spec.withAttribute("data-testid", "invitation-code"));
        assertThat(code.getText()).matches("[A-Z2-9]{5}-[A-Z2-9]{5}");
        Span link = _get(Span.class, spec -> spec.withAttribute("data-testid", "invitation-link"));
        assertThat(link.getText()).endsWith("/join?code=" + code.getText());
    }

    @Test
    void openingTheFamilyPageIsRecordedOnceForTheRecordAndOnceForItsMembers() {
        long harper = familyId("FV-1001");
        long before = jdbc.sql("select coalesce(max(id), 0) from audit_event").query(Long.class).single();
        login(SignIn.PRACTITIONER_NORTH);
        UI.getCurrent().navigate("families/" + harper);
        assertThat(_get(H1.class).getText()).isEqualTo("The Harper family");

        // the page shows the members in two places (the list and the meeting invitations) but reads them once
        var reads = jdbc.sql("select coalesce(details, '') from audit_event where id > :before and family_id = :family"
                        + " and action = 'FAMILY_VIEWED' order by id")
                .param("before", before).param("family", harper).query(String.class).list();
        assertThat(reads).containsExactly("", "members");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theWorkerResetsAFamilyMembersForgottenPassword() {
        login(SignIn.PRACTITIONER_NORTH);
        var harper = new org.familyvoice.base.FamilyId(familyId("FV-1001"));
        var member = families.addMember(harper, "Robin Harper", "Aunt", org.familyvoice.families.MemberType.PARENT, null);
        String code = invitations.invite(harper, member).code();
        invitations.redeem(code, "robin.harper", "my very first password");

        UI.getCurrent().navigate("families/" + harper);
        Grid<FamilyMember> members = _get(Grid.class,
                spec -> spec.withPredicate(g -> g.getAriaLabel().orElse("").equals("Family members")));
        var rows = _findAll(members);
        int robin = rows.indexOf(rows.stream().filter(m -> m.name().equals("Robin Harper")).findFirst().orElseThrow());
        var cell = _getCellComponent(members, robin, "account");
        _click(_get(cell, Button.class, spec -> spec.withText("Reset password")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        String temporary = _get(Span.class, spec -> spec.withAttribute("data-testid", "temporary-password")).getText();

        var robinUser = (org.familyvoice.base.security.FamilyVoiceUser) users.loadUserByUsername("robin.harper");
        assertThat(encoder.matches(temporary, robinUser.getPassword())).isTrue();
        assertThat(encoder.matches("my very first password", robinUser.getPassword())).isFalse();
        assertThat(robinUser.mustChangePassword()).isTrue();
    }

    @Test
    void aColleagueInTheTeamSeesTheFamilyReadOnly() {
        login(SignIn.PRACTITIONER_NORTH_2);
        UI.getCurrent().navigate("families/" + familyId("FV-1001"));
        assertThat(_get(H1.class).getText()).isEqualTo("The Harper family");
        assertThat(_find(Paragraph.class, spec -> spec.withPredicate(p -> p.getText().contains("You can look, but not change")))).hasSize(1);
        assertThat(_find(Button.class, spec -> spec.withText("Invite"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withText("Add a family member"))).isEmpty();
        // no invitations for read-only colleagues; the family's meetings, without scheduling
        assertThat(_find(Grid.class, spec -> spec.withPredicate(g -> g.getAriaLabel().orElse("").equals("Invitations"))))
                .isEmpty();
        assertThat(_find(Grid.class, spec -> spec.withPredicate(g -> g.getAriaLabel().orElse("").equals("Meetings"))))
                .hasSize(1);
        assertThat(_find(Button.class, spec -> spec.withText("Schedule a meeting"))).isEmpty();
    }

    @Test
    void anotherTeamsFamilyOrAMadeUpIdShowsNotFound() {
        login(SignIn.PRACTITIONER_NORTH);
        for (String id : new String[]{String.valueOf(familyId("FV-2001")), "999999", "abc", "-1",
                "1%27%20or%201=1"}) {
            UI.getCurrent().navigate("families/" + id);
            assertThat(showsNotFound()).as("families/" + id).isTrue();
            assertThat(_find(H1.class, spec -> spec.withText("The Adeyemi family"))).isEmpty();
        }
    }

    @Test
    void aParentCannotOpenAnyFamilyPageByAddress() {
        login(SignIn.PARENT_HARPER);
        UI.getCurrent().navigate("families/" + familyId("FV-1001"));
        assertThat(showsNotFound()).isTrue();
        UI.getCurrent().navigate("families/" + familyId("FV-2001"));
        assertThat(showsNotFound()).isTrue();
    }

    @Test
    void theFamiliesListShowsOwnFamiliesFirstThenTheTeamsAndNothingFromOtherTeams() {
        login(SignIn.PRACTITIONER_NORTH);
        UI.getCurrent().navigate("families");
        @SuppressWarnings("unchecked")
        Grid<org.familyvoice.families.Family> grid = _get(Grid.class);
        var shown = _findAll(grid).stream()
                .map(org.familyvoice.families.Family::caseReference).toList();
        assertThat(shown).startsWith("FV-1001").contains("FV-1002").doesNotContain("FV-2001", "FV-2002");
    }
}

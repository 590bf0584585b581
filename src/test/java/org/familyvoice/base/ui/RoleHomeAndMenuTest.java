package org.familyvoice.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.familyvoice.KaribuTest;
import org.familyvoice.SignIn;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** Each role signs in, lands on its own home, sees its own menu, and cannot open the others' pages. */
class RoleHomeAndMenuTest extends KaribuTest {

    private static final List<String> ALL_PAGES = List.of("my-family", "my-feedback", "my-meetings", "families", "feedback", "duty", "meeting-checks",
            "dashboard", "theme-review", "improvement-plan", "theme-taxonomy", "you-said-we-did/manage", "evidence-pack",
            "admin/staff", "admin/audit", "admin/subject-access", "admin/outbox", "admin/retention",
            "account/password");

    @ParameterizedTest(name = "{0} lands on {1}")
    @CsvSource(delimiter = '|', textBlock = """
            parent.harper       | my-family   | Welcome, Leanne Harper | My family;My feedback;My meetings;Change password
            young.harper        | my-family   | Hi Kai Harper          | My family;My feedback;My meetings;Change password
            practitioner.north  | families    | Families               | Families;Feedback;Check themes;Improvement plan;Change password
            manager.south       | families    | Families               | Families;Feedback;Duty queue;How meetings went;Themes;Check themes;Improvement plan;Theme taxonomy;You said, we did;Evidence pack;Change password
            admin               | admin/staff | Staff accounts         | Improvement plan;Theme taxonomy;Staff accounts;Audit trail;Subject access;E-mail outbox;Retention and erasure;Change password
            """)
    void eachRoleHasItsHomeAndMenu(String username, String home, String heading, String menu) {
        login(username);
        UI.getCurrent().navigate("");

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo(home);
        assertThat(_get(H1.class).getText()).isEqualTo(heading);
        List<String> menuLabels = _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
        assertThat(menuLabels).containsExactlyElementsOf(Arrays.asList(menu.split(";")));

        List<String> reachable = menuLabels.stream().map(label -> switch (label) {
            case "My family" -> "my-family";
            case "My feedback" -> "my-feedback";
            case "My meetings" -> "my-meetings";
            case "Families" -> "families";
            case "Feedback" -> "feedback";
            case "Duty queue" -> "duty";
            case "How meetings went" -> "meeting-checks";
            case "Themes" -> "dashboard";
            case "Check themes" -> "theme-review";
            case "Improvement plan" -> "improvement-plan";
            case "Theme taxonomy" -> "theme-taxonomy";
            case "You said, we did" -> "you-said-we-did/manage";
            case "Evidence pack" -> "evidence-pack";
            case "Staff accounts" -> "admin/staff";
            case "Audit trail" -> "admin/audit";
            case "Subject access" -> "admin/subject-access";
            case "E-mail outbox" -> "admin/outbox";
            case "Retention and erasure" -> "admin/retention";
            default -> "account/password";
        }).toList();
        for (String page : ALL_PAGES) {
            UI.getCurrent().navigate(page);
            String where = UI.getCurrent().getInternals().getActiveViewLocation().getPath();
            boolean notFound = !_find(H1.class, spec -> spec.withText("Page not found")).isEmpty();
            if (reachable.contains(page)) {
                assertThat(where).as(username + " opens " + page).isEqualTo(page);
                assertThat(notFound).isFalse();
            } else {
                assertThat(notFound).as(username + " must not reach " + page).isTrue();
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"families", "admin/staff", "admin/audit", "my-family", "''"})
    void nobodySignedInIsSentToTheLoginPage(String page) {
        SignIn.out();
        UI.getCurrent().navigate(page);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("login");
    }

    @org.junit.jupiter.api.Test
    void theAnonymousPagesOpenWithoutSigningIn() {
        UI.getCurrent().navigate("join");
        assertThat(_get(H1.class).getText()).isEqualTo("Join Family Voice");
        UI.getCurrent().navigate("login");
        assertThat(_find(H1.class).stream().map(H1::getText)).contains("Family Voice");
    }
}

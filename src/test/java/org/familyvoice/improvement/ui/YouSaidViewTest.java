package org.familyvoice.improvement.ui;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.VaadinServletRequest;
import org.familyvoice.KaribuTest;
import org.familyvoice.SignIn;
import org.familyvoice.improvement.YouSaidEntry;
import org.familyvoice.improvement.YouSaidFixtures;
import org.familyvoice.improvement.YouSaidService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A manager writes an entry from families' words (picked redacted from a theme), publishes it after confirming, the
 * author who agreed to be contacted is told, and someone without an account reads it on the public page, which the
 * sign-in page links to and which has no portal menu.
 */
class YouSaidViewTest extends KaribuTest {

    @Autowired YouSaidFixtures fixtures;
    @Autowired YouSaidService youSaid;

    private static List<String> paragraphs() {
        return _find(Paragraph.class).stream().map(p -> p.getElement().getTextRecursively()).toList();
    }

    /** Back to nobody signed in, for the servlet request as well as for Spring Security. */
    private static void signOut() {
        SignIn.out();
        var request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(null);
        request.setUserInRole((principal, role) -> false);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aManagerPublishesAnEntryAndAnyoneReadsItWithoutSigningIn() {
        int year = YouSaidFixtures.farYear();
        LocalDate day = LocalDate.of(year, 5, 12);
        String word = YouSaidFixtures.word();
        String themeName = "Visits " + UUID.randomUUID().toString().substring(0, 8);
        long theme = fixtures.theme(themeName, word);
        long leanne = fixtures.userId(SignIn.PARENT_HARPER);
        int told = fixtures.notifications(leanne);
        try {
            fixtures.say(day, "user:" + leanne, "Leanne Harper: the " + word + " kept moving", leanne, true);
            for (int i = 0; i < 4; i++) {
                fixtures.say(day.minusDays(i + 1), "kt:" + UUID.randomUUID().toString().substring(0, 12),
                        "The " + word + " again", null, false);
            }
            String heard = "Visits were moved without warning " + UUID.randomUUID().toString().substring(0, 8);
            String did = "We now send a text the day before every visit,\nand say why if it has to move.";

            login(SignIn.MANAGER_NORTH);
            UI.getCurrent().navigate("you-said-we-did/manage");
            assertThat(_get(H1.class).getText()).isEqualTo("You said, we did");
            assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getLabel))
                    .contains("You said, we did", "Evidence pack");
            _click(_get(Button.class, spec -> spec.withText("New entry")));
            assertThat(_get(H1.class).getText()).isEqualTo("New entry");

            _setValue(_get(TextArea.class, spec -> spec.withLabel("What we heard (you said)")), heard);
            _setValue(_get(TextArea.class, spec -> spec.withLabel("What we did")), did);
            // find the words behind it: the theme over a period, redacted, one checkbox each
            ComboBox<YouSaidEntry.Choice> look = _get(ComboBox.class, spec -> spec.withLabel("Theme to look in"));
            _setValue(look, look.getListDataView().getItems().filter(c -> c.name().equals(themeName)).findFirst()
                    .orElseThrow());
            _setValue(_get(DatePicker.class, spec -> spec.withLabel("Said from")), LocalDate.of(year, 5, 1));
            _setValue(_get(DatePicker.class, spec -> spec.withLabel("Said until")), LocalDate.of(year, 5, 31));
            Grid<YouSaidEntry.Voice> voices = _get(Grid.class, spec -> spec.withClasses("fv-you-said-voice-grid"));
            assertThat(_size(voices)).isEqualTo(5);
            assertThat(voices.getGenericDataView().getItems().map(YouSaidEntry.Voice::redactedText))
                    .noneMatch(t -> t.contains("Leanne"));
            _setValue((Checkbox) _getCellComponent(voices, 0, "link"), true);
            assertThat(paragraphs()).contains("Words linked to this entry: 1");
            _click(_get(Button.class, spec -> spec.withText("Save draft")));

            assertThat(_get(H1.class).getText()).isEqualTo("Entry");
            assertThat(paragraphs()).contains("Draft: not public yet.", "Words linked to this entry: 1");
            _click(_get(Button.class, spec -> spec.withText("Publish")));
            ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
            assertThat(paragraphs()).contains("Published: anyone can read it on the public page.");
            assertThat(_get(Button.class, spec -> spec.withText("Take off the public page")).isVisible()).isTrue();
            assertThat(fixtures.notifications(leanne)).as("the author agreed to be contacted").isEqualTo(told + 1);

            signOut();
            UI.getCurrent().navigate("login");
            Anchor link = _get(Anchor.class, spec -> spec.withText(
                    "You said, we did: what changed because of what families told us"));
            assertThat(link.getHref()).isEqualTo("you-said-we-did");
            UI.getCurrent().navigate("you-said-we-did");
            assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("you-said-we-did");
            assertThat(_get(H1.class).getText()).isEqualTo("You said, we did");
            assertThat(_find(SideNav.class)).as("no portal menu").isEmpty();
            assertThat(_find(H3.class).stream().map(H3::getText)).contains("You said", "We did");
            assertThat(paragraphs()).contains(heard, did);
            assertThat(_find(H2.class)).isNotEmpty();
            assertThat(paragraphs()).noneMatch(p -> p.contains(word)).noneMatch(p -> p.contains("Leanne"));
            assertThat(_find(Anchor.class).stream().map(Anchor::getHref)).contains("login", "tell-us");
        } finally {
            fixtures.retire(theme);
        }
    }

    @Test
    void thePublicPageShowsTenAtATimeNewestFirstAndShowMoreAddsTheRest() {
        String k = UUID.randomUUID().toString().substring(0, 8);
        login(SignIn.MANAGER_SOUTH);
        for (int i = 0; i < PublicYouSaidView.PAGE + 2; i++) {
            long id = youSaid.create(new YouSaidEntry.Draft("Heard " + i + " " + k, "Did " + i, LocalDate.of(2025, 1,
                    1 + i), null, null, List.of()));
            youSaid.publish(id, youSaid.find(id).orElseThrow().version());
        }
        youSaid.create(new YouSaidEntry.Draft("Draft only " + k, "Not public", LocalDate.now(), null, null, List.of()));
        signOut();
        UI.getCurrent().navigate("you-said-we-did");
        assertThat(_find(Article.class)).hasSize(PublicYouSaidView.PAGE);
        int total = youSaid.countPublished();
        assertThat(paragraphs()).contains("Showing 10 of " + total);
        _click(_get(Button.class, spec -> spec.withText("Show more")));
        assertThat(_find(Article.class)).hasSize(Math.min(total, 2 * PublicYouSaidView.PAGE));
        List<String> mine = paragraphs().stream().filter(p -> p.endsWith(" " + k)).toList();
        assertThat(mine).doesNotContain("Draft only " + k);
        if (mine.size() == PublicYouSaidView.PAGE + 2) { // nothing newer published by other tests pushed ours down
            assertThat(mine.getFirst()).isEqualTo("Heard 11 " + k);
        }
        assertThat(mine).isSortedAccordingTo(java.util.Comparator.comparing(
                (String p) -> Integer.parseInt(p.split(" ")[1])).reversed());
    }

    @Test
    void familiesAndPractitionersCannotOpenTheManagersPages() {
        for (String who : List.of(SignIn.PARENT_HARPER, SignIn.PRACTITIONER_NORTH)) {
            login(who);
            for (String page : List.of("you-said-we-did/manage", "you-said-we-did/manage/new", "evidence-pack")) {
                UI.getCurrent().navigate(page);
                assertThat(_find(H1.class, spec -> spec.withText("Page not found"))).as(who + " " + page).isNotEmpty();
            }
        }
    }
}

package org.familyvoice.themes.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.Paragraph;
import org.familyvoice.KaribuTest;
import org.familyvoice.SignIn;
import org.familyvoice.TestClock;
import org.familyvoice.demo.DemoTime;
import org.familyvoice.themes.EmergingThemesService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import java.time.Duration;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The emerging themes panel as a manager sees it on a page: the demo data's family hub, and the empty state. */
class EmergingThemesPanelTest extends KaribuTest {

    @Autowired EmergingThemesService service;
    @Autowired TestClock clock;
    @Autowired JdbcClient jdbc;

    private Duration undo = Duration.ZERO;

    @AfterEach
    void back() {
        clock.advance(undo);
    }

    @Test
    void aManagerSeesTheRisingWordsWithCountsAndRedactedQuotes() {
        undo = DemoTime.backToLoad(jdbc, clock);
        login(SignIn.MANAGER_NORTH);
        EmergingThemesPanel panel = new EmergingThemesPanel(service);
        UI.getCurrent().add(panel);

        H2 heading = _get(panel, H2.class);
        assertThat(heading.getText()).isEqualTo("Emerging: words not covered by any theme");
        assertThat(panel.getElement().getAttribute("aria-labelledby")).isEqualTo(heading.getId().orElseThrow());
        ListItem first = _find(panel, ListItem.class).getFirst();
        assertThat(_get(first, H3.class).getText()).isEqualTo("“family hub”");
        assertThat(_get(first, Span.class).getText()).isEqualTo("New");
        assertThat(_find(panel, Paragraph.class)).extracting(Paragraph::getText)
                .anyMatch(t -> t.matches("Last 30 days: \\d+ times, by \\d+ people\\."))
                .contains("The 90 days before: not used.");
        assertThat(_find(first, EmergingThemesPanel.Quote.class)).hasSize(3).allSatisfy(q -> {
            assertThat(q.getElement().getTag()).isEqualTo("blockquote");
            assertThat(q.getText().toLowerCase()).contains("family hub");
        });
    }

    @Test
    void withNothingRisingThePanelSaysSo() {
        undo = Duration.ofDays(365L * 60).negated();
        clock.advance(undo.negated());
        login(SignIn.MANAGER_SOUTH);
        EmergingThemesPanel panel = new EmergingThemesPanel(service);
        UI.getCurrent().add(panel);
        assertThat(_find(panel, H3.class)).isEmpty();
        assertThat(_find(panel, Paragraph.class)).extracting(Paragraph::getText).contains(
                "Nothing new stands out: no word or phrase outside the themes rose clearly in the last 30 days.");
    }

    @Test
    void onlyManagersCanLoadIt() {
        login(SignIn.PRACTITIONER_NORTH);
        assertThatThrownBy(() -> new EmergingThemesPanel(service)).isInstanceOf(AccessDeniedException.class);
    }
}

package org.familyvoice.feedback.ui;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import org.familyvoice.KaribuTest;
import org.familyvoice.SignIn;
import org.familyvoice.TestClock;
import org.familyvoice.feedback.SafeguardingAlert;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The duty queue and one alert, as managers and duty practitioners work them, and nobody else sees them. */
class DutyQueueViewTest extends KaribuTest {

    @Autowired Given given;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;

    /** A North family's disclosure, told apart from every other by a number; returns that text. */
    private String northDisclosure() {
        String text = "my stepdad hits me and I am scared to go home " + System.nanoTime();
        assertThat(given.from(SignIn.PARENT_HARPER, text, false).flagged()).isTrue();
        return text;
    }

    @SuppressWarnings("unchecked")
    private Grid<SafeguardingAlert> grid() {
        return _get(Grid.class);
    }

    private int rowOf(String text) {
        var rows = _findAll(grid());
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).text().contains(text)) {
                return i;
            }
        }
        return -1;
    }

    private boolean showsNotFound() {
        return !_find(H1.class, spec -> spec.withText("Page not found")).isEmpty();
    }

    private long alertId(String text) {
        return jdbc.sql("select id from safeguarding_alert where text like :t").param("t", "%" + text + "%")
                .query(Long.class).single();
    }

    @Test
    void theNorthManagerSeesANorthFamilysDisclosureInWords() {
        String text = northDisclosure();
        login(SignIn.MANAGER_NORTH);
        UI.getCurrent().navigate("duty");
        assertThat(_get(H1.class).getText()).isEqualTo("Duty queue");
        int row = rowOf(text);
        assertThat(row).isNotNegative();
        assertThat(_getFormattedRow(grid(), row)).contains("Leanne Harper (parent or carer)", "Open")
                .anyMatch(cell -> cell.startsWith("Violence"));
        var open = (Button) _getCellComponent(grid(), row, "open");
        assertThat(open.getElement().getAttribute("aria-label")).startsWith("Open the alert raised ")
                .endsWith(" by Leanne Harper (parent or carer)");
    }

    @Test
    void aDutyPractitionerSeesItTooButTheSouthManagerDoesNot() {
        String text = northDisclosure();
        // practitioner.north2 is on the North duty rota in the demo data
        login(SignIn.PRACTITIONER_NORTH_2);
        UI.getCurrent().navigate("duty");
        assertThat(showsNotFound()).isFalse();
        assertThat(rowOf(text)).isNotNegative();
        UI.getCurrent().navigate("duty/" + alertId(text));
        assertThat(_find(Div.class, spec -> spec.withClasses("fv-plain-text")).stream().map(Div::getText))
                .anyMatch(t -> t.contains(text));

        SignIn.out();
        login(SignIn.MANAGER_SOUTH);
        UI.getCurrent().navigate("duty");
        assertThat(rowOf(text)).isNegative();
        UI.getCurrent().navigate("duty/" + alertId(text));
        assertThat(showsNotFound()).isTrue();
    }

    @Test
    void aPractitionerNotOnDutyCannotOpenTheQueueOrAnAlert() {
        String text = northDisclosure();
        login(SignIn.PRACTITIONER_NORTH);
        UI.getCurrent().navigate("duty");
        assertThat(showsNotFound()).isTrue();
        UI.getCurrent().navigate("duty/" + alertId(text));
        assertThat(showsNotFound()).isTrue();
        assertThat(_find(Div.class, spec -> spec.withClasses("fv-plain-text"))).isEmpty();
    }

    @Test
    void aMadeUpAlertIdShowsNotFound() {
        login(SignIn.MANAGER_NORTH);
        for (String id : new String[]{"999999", "abc", "0", "-1"}) {
            UI.getCurrent().navigate("duty/" + id);
            assertThat(showsNotFound()).as("duty/" + id).isTrue();
        }
    }

    @Test
    void anAlertIsAcknowledgedWorkedAndClosed() {
        String text = northDisclosure();
        login(SignIn.MANAGER_NORTH);
        UI.getCurrent().navigate("duty");
        _click((Button) _getCellComponent(grid(), rowOf(text), "open"));
        assertThat(_get(H1.class).getText()).isEqualTo("Safeguarding alert");
        assertThat(_find(Div.class, spec -> spec.withClasses("fv-plain-text")).stream().map(Div::getText))
                .anyMatch(t -> t.contains(text));
        assertThat(_find(Span.class).stream().map(Span::getText)).contains("Open");
        assertThat(_find(com.vaadin.flow.component.html.ListItem.class).stream().map(li -> li.getText()))
                .anyMatch(s -> s.startsWith("Violence: \u201c"));

        _click(_get(Button.class, spec -> spec.withText("Acknowledge")));
        assertThat(_find(Span.class).stream().map(Span::getText)).contains("Acknowledged");
        assertThat(_find(Button.class, spec -> spec.withText("Acknowledge"))).isEmpty();

        TextArea note = _get(TextArea.class, spec -> spec.withLabel("What was done"));
        _click(_get(Button.class, spec -> spec.withText("Save note")));
        assertThat(note.isInvalid()).isTrue();
        assertThat(note.getErrorMessage()).isEqualTo("Write down what was done");

        _setValue(note, "Rang mum, home visit booked for today");
        assertThat(note.getHelperText()).isEqualTo("37 / 4000");
        _click(_get(Button.class, spec -> spec.withText("Save note")));
        assertThat(_find(Div.class, spec -> spec.withClasses("fv-plain-text")).stream().map(Div::getText))
                .contains("Rang mum, home visit booked for today");

        note = _get(TextArea.class, spec -> spec.withLabel("What was done"));
        _setValue(note, "Visited; referred to the front door");
        _click(_get(Button.class, spec -> spec.withText("Save and close")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText)).contains("This alert is closed.");
        assertThat(_find(Span.class).stream().map(Span::getText)).contains("Closed");
        assertThat(_find(TextArea.class)).isEmpty();

        UI.getCurrent().navigate("duty");
        assertThat(rowOf(text)).isNegative();
        _setValue(_get(Checkbox.class, spec -> spec.withLabel("Show closed alerts")), true);
        assertThat(rowOf(text)).isNotNegative();
    }

    @Test
    void anOverdueAlertSaysSoInWordsAndStyle() {
        String text = northDisclosure();
        clock.advance(Duration.ofDays(14));
        login(SignIn.MANAGER_NORTH);
        UI.getCurrent().navigate("duty");
        int row = rowOf(text);
        SafeguardingAlert alert = _findAll(grid()).get(row);
        assertThat(grid().getPartNameGenerator().apply(alert)).isEqualTo("fv-overdue");
        var due = (Div) _getCellComponent(grid(), row, "due");
        List<String> words = _find(due, Span.class).stream().map(Span::getText).toList();
        assertThat(words).contains("Overdue");

        UI.getCurrent().navigate("duty/" + alert.id());
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .contains("Overdue: the response deadline has passed.");
    }
}

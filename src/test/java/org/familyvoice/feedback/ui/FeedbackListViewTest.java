package org.familyvoice.feedback.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import org.familyvoice.KaribuTest;
import org.familyvoice.SignIn;
import org.familyvoice.feedback.FeedbackSource;
import org.familyvoice.feedback.FeedbackStatus;
import org.familyvoice.feedback.FeedbackSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** Staff see the feedback that concerns them, and only that, and narrow it down with the filters. */
class FeedbackListViewTest extends KaribuTest {

    @Autowired Given given;

    @SuppressWarnings("unchecked")
    private Grid<FeedbackSummary> grid() {
        return _get(Grid.class);
    }

    private List<String> shown() {
        return _findAll(grid()).stream().map(FeedbackSummary::reference).toList();
    }

    @Test
    void aPractitionerSeesFeedbackAboutTheirFamilyButNotAnotherTeams() {
        var harper = given.from(SignIn.PARENT_HARPER, "went well text", true);
        var adeyemi = given.from(SignIn.PARENT_ADEYEMI, "went well text", true);

        login(SignIn.PRACTITIONER_NORTH);
        UI.getCurrent().navigate("feedback");
        assertThat(_get(H1.class).getText()).isEqualTo("Feedback");
        assertThat(shown()).contains(harper.reference()).doesNotContain(adeyemi.reference());

        // a row in words, with an Open button that says which feedback it opens
        var rows = _findAll(grid());
        int row = rows.indexOf(rows.stream().filter(f -> f.reference().equals(harper.reference())).findFirst().orElseThrow());
        assertThat(_getFormattedRow(grid(), row))
                .contains("Parent or carer", "Their social worker", "The Harper family", "Some disagree", "New");
        var open = (Button) _getCellComponent(grid(), row, "open");
        assertThat(open.getElement().getAttribute("aria-label")).isEqualTo("Open feedback " + harper.reference());
        _click(open);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("feedback/" + harper.id());
        assertThat(_get(H1.class).getText()).isEqualTo("Feedback " + harper.reference());
    }

    @Test
    void theManagerOfTeamSouthDoesNotSeeTeamNorthsFeedback() {
        var harper = given.from(SignIn.PARENT_HARPER, "went well text", true);
        var adeyemi = given.from(SignIn.PARENT_ADEYEMI, "went well text", true);

        login(SignIn.MANAGER_SOUTH);
        UI.getCurrent().navigate("feedback");
        assertThat(shown()).contains(adeyemi.reference()).doesNotContain(harper.reference());
    }

    @Test
    @SuppressWarnings("unchecked")
    void filtersNarrowTheList() {
        var named = given.from(SignIn.PARENT_HARPER, "went well text", true);
        var anonymous = given.anonymous("went well text", null, null);

        login(SignIn.MANAGER_NORTH);
        UI.getCurrent().navigate("feedback");
        assertThat(shown()).contains(named.reference(), anonymous.reference());

        ComboBox<FeedbackSource> source = _get(ComboBox.class, spec -> spec.withLabel("From"));
        _setValue(source, FeedbackSource.ANONYMOUS);
        assertThat(shown()).contains(anonymous.reference()).doesNotContain(named.reference());
        assertThat(_findAll(grid())).allMatch(f -> f.source() == FeedbackSource.ANONYMOUS);

        _setValue(source, null);
        ComboBox<FeedbackStatus> status = _get(ComboBox.class, spec -> spec.withLabel("Status"));
        assertThat(status.getListDataView().getItems().map(status.getItemLabelGenerator()))
                .containsExactly("New", "Read", "Replied");
        _setValue(status, FeedbackStatus.REPLIED);
        assertThat(shown()).doesNotContain(named.reference(), anonymous.reference());
        _setValue(status, FeedbackStatus.RECEIVED);
        assertThat(shown()).contains(named.reference(), anonymous.reference());

        _click(_get(Button.class, spec -> spec.withText("Clear filters")));
        assertThat(status.getValue()).isNull();
    }

    @Test
    void aPossibleDisclosureIsMarkedInTheList() {
        var flagged = given.from(SignIn.PARENT_HARPER, "my stepdad hits me and I am scared to go home", false);
        assertThat(flagged.flagged()).isTrue();

        login(SignIn.PRACTITIONER_NORTH);
        UI.getCurrent().navigate("feedback");
        var rows = _findAll(grid());
        int row = rows.indexOf(rows.stream().filter(f -> f.reference().equals(flagged.reference())).findFirst().orElseThrow());
        var cell = (Div) _getCellComponent(grid(), row, "reference");
        assertThat(_find(cell, Span.class).stream().map(Span::getText)).contains(flagged.reference(), "Possible disclosure");
    }

    @Test
    void aParentCannotOpenTheStaffFeedbackList() {
        login(SignIn.PARENT_HARPER);
        UI.getCurrent().navigate("feedback");
        assertThat(_find(H1.class, spec -> spec.withText("Page not found"))).hasSize(1);
    }
}

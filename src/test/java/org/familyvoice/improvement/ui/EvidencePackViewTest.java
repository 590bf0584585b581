package org.familyvoice.improvement.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import org.familyvoice.KaribuTest;
import org.familyvoice.SignIn;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The evidence pack's page: a period (the last three full months to start with), two downloads, a clear refusal. */
class EvidencePackViewTest extends KaribuTest {

    private static Anchor link(String text) {
        return _get(Anchor.class, spec -> spec.withText(text));
    }

    @Test
    void aManagerChoosesAPeriodAndTheDownloadsFollowIt() {
        login(SignIn.MANAGER_NORTH);
        UI.getCurrent().navigate("evidence-pack");
        assertThat(_get(H1.class).getText()).isEqualTo("Evidence pack");
        DatePicker from = _get(DatePicker.class, spec -> spec.withLabel("From"));
        DatePicker to = _get(DatePicker.class, spec -> spec.withLabel("To"));
        assertThat(from.getValue().getDayOfMonth()).isEqualTo(1);
        assertThat(to.getValue().plusDays(1).getDayOfMonth()).as("the end of a month").isEqualTo(1);
        assertThat(from.getValue().plusMonths(3)).isEqualTo(to.getValue().plusDays(1));
        Anchor pdf = link("Download the evidence pack (PDF)");
        Anchor csv = link("Download the figures (CSV, for a spreadsheet)");
        assertThat(pdf.isEnabled()).isTrue();
        assertThat(csv.isEnabled()).isTrue();
        assertThat(pdf.getHref()).isNotBlank();

        _setValue(from, LocalDate.of(2026, 4, 1));
        _setValue(to, LocalDate.of(2026, 6, 30));
        var view = _get(EvidencePackView.class);
        assertThat(view.period()).isNotNull();
        assertThat(view.period().from()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .contains("Compared with the previous period of the same length: 31 Dec 2025 to 31 Mar 2026.");  // 91 days each

        _setValue(to, LocalDate.of(2026, 3, 1));
        assertThat(view.period()).isNull();
        assertThat(pdf.isEnabled()).isFalse();
        assertThat(csv.isEnabled()).isFalse();
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText)).contains(
                "Choose a start and an end date, the end on or after the start, at most three years apart.");
    }
}

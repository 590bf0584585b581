package org.familyvoice.improvement.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import org.familyvoice.base.Roles;
import org.familyvoice.base.UserFacingException;
import org.familyvoice.base.ui.Formats;
import org.familyvoice.base.ui.UkDatePicker;
import org.familyvoice.improvement.EvidencePackService;
import org.familyvoice.themes.DashboardFilter;
import org.jspecify.annotations.Nullable;

import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.BiFunction;

/**
 * Managers download the evidence pack for a period: the PDF for the board, and its figures as CSV. The pack is made
 * when a link is followed; the service checks the role then and records the export. Opens on the last three full
 * months.
 */
@Route("evidence-pack")
@RolesAllowed(Roles.MANAGER)
@Menu(order = 9, icon = "vaadin:file-text-o", title = "menu.evidence-pack")
class EvidencePackView extends Main implements HasDynamicTitle {

    private final DatePicker from;
    private final DatePicker to;
    private final Paragraph compared = new Paragraph();
    private final Anchor pdf;
    private final Anchor csv;
    /** The chosen period, read by the download handlers (which run outside the page's request). */
    private volatile @Nullable DashboardFilter period;

    EvidencePackView(EvidencePackService packs, Clock clock) {
        addClassNames("fv-page", "fv-evidence-pack");
        add(new H1(getTranslation("evidence-pack.title")), new Paragraph(getTranslation("evidence-pack.intro")));
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/London")));
        from = UkDatePicker.create(this, "evidence-pack.from", "evidence-pack.date-help");
        to = UkDatePicker.create(this, "evidence-pack.to", "evidence-pack.date-help");
        LocalDate firstOfMonth = today.withDayOfMonth(1);
        from.setValue(firstOfMonth.minusMonths(3));
        to.setValue(firstOfMonth.minusDays(1));
        for (DatePicker picker : new DatePicker[]{from, to}) {
            picker.setRequiredIndicatorVisible(true);
            picker.addValueChangeListener(e -> choose());
        }
        var period = new Div(from, to);
        period.addClassName("fv-inline-form");
        compared.getElement().setAttribute("aria-live", "polite");
        DownloadHandler pdfFile = download(packs::pdf, "pdf", "application/pdf");
        DownloadHandler csvFile = download(packs::csv, "csv", "text/csv; charset=UTF-8");
        pdf = new Anchor(pdfFile, getTranslation("evidence-pack.pdf.link"));
        csv = new Anchor(csvFile, getTranslation("evidence-pack.csv.link"));
        var links = new Div(pdf, csv);
        links.addClassNames("fv-actions", "fv-evidence-pack-links");
        add(period, compared, links);
        choose();
    }

    private DownloadHandler download(BiFunction<LocalDate, LocalDate, byte[]> make, String extension, String type) {
        return event -> {
            DashboardFilter chosen = period;
            if (chosen == null) {
                event.getResponse().setStatus(400);
                return;
            }
            byte[] document = make.apply(chosen.from(), chosen.to());
            event.setFileName("evidence-pack-" + chosen.from() + "-to-" + chosen.to() + "." + extension);
            event.setContentType(type);
            event.setContentLength(document.length);
            try (OutputStream out = event.getOutputStream()) {
                out.write(document);
            }
        };
    }

    private void choose() {
        DashboardFilter chosen = null;
        if (from.getValue() != null && to.getValue() != null) {
            try {
                chosen = DashboardFilter.of(from.getValue(), to.getValue());
            } catch (UserFacingException e) {
                chosen = null;
            }
        }
        period = chosen;
        pdf.setEnabled(chosen != null);
        csv.setEnabled(chosen != null);
        if (chosen == null) {
            compared.setText(getTranslation("evidence-pack.period-invalid"));
            compared.addClassName("fv-form-error");
        } else {
            compared.setText(getTranslation("evidence-pack.period", Formats.date(chosen.previous().from()),
                    Formats.date(chosen.previous().to())));
            compared.removeClassName("fv-form-error");
        }
    }

    /** The period the links download now, or null when the dates do not make one. */
    @Nullable DashboardFilter period() {
        return period;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("evidence-pack.title") + " | " + getTranslation("app.name");
    }
}

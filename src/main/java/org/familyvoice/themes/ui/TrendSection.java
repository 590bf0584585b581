package org.familyvoice.themes.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.familyvoice.themes.Charts;
import org.familyvoice.themes.Dashboard.Bucket;
import org.familyvoice.themes.Dashboard.Granularity;
import org.familyvoice.themes.Dashboard.Trend;
import org.familyvoice.themes.Figure;
import org.familyvoice.themes.ThemeRef;

import java.io.ByteArrayInputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How the most talked-about themes moved, week by week or month by month: a line chart drawn on the server (a gap
 * where a week had fewer than 5 people) and the same figures as a table below it, one row per week or month.
 */
class TrendSection extends Section {

    /** Lines in the chart. */
    static final int TOP = 5;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    private final Div content = new Div();

    TrendSection() {
        addClassName("fv-themes-trend");
        add(new H2(getTranslation("themes.trend.title")), content);
    }

    /**
     * @param monthsInsteadOfWeeks the period would have been shown by week, but every week was "fewer than 5", so it
     *                             is shown by month (and the page says so)
     */
    void show(Trend trend, Granularity by, boolean monthsInsteadOfWeeks) {
        content.removeAll();
        boolean monthly = by == Granularity.MONTH;
        String unit = getTranslation("themes.trend.unit." + by.name());
        if (trend.themes().isEmpty()) {
            content.add(new Paragraph(getTranslation("themes.trend.none")));
            return;
        }
        if (monthsInsteadOfWeeks) {
            content.add(new Paragraph(getTranslation("themes.trend.by-month-instead")));
        }
        if (trend.allSuppressed()) {
            // an empty chart and a table of "fewer than 5" say nothing: say so in words
            content.add(new Paragraph(getTranslation("themes.trend.all-fewer", unit)));
            return;
        }
        content.add(new Paragraph(getTranslation("themes.trend.intro", trend.themes().size(), unit)));
        String axis = getTranslation("themes.chart.items");
        DownloadHandler png = DownloadHandler.fromInputStream(event -> {
            byte[] bytes = Charts.trend(trend, axis, monthly);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "trend-chart.png", "image/png", bytes.length);
        }).inline();
        var image = new Image(png, getTranslation("themes.trend.alt", trend.themes().size(), unit));
        image.addClassName("fv-chart");
        content.add(image);

        List<String> columns = new ArrayList<>();
        columns.add(getTranslation("themes.trend.col." + by.name()));
        trend.themes().forEach(t -> columns.add(t.name()));
        NativeTable table = Tables.table(getTranslation("themes.trend.caption", unit), columns);
        for (int i = 0; i < trend.buckets().size(); i++) {
            List<String> cells = new ArrayList<>();
            for (ThemeRef theme : trend.themes()) {
                Figure f = trend.cells().get(theme.id()).get(i);
                cells.add(FigureWords.count(this, f));
            }
            Tables.row(table, label(trend.buckets().get(i), monthly), cells);
        }
        content.add(Tables.scrolling(table, getTranslation("themes.trend.title")));
    }

    /** "March 2026" for a whole month, else the bucket's first and last day ("2 Mar 2026 to 8 Mar 2026"). */
    private String label(Bucket bucket, boolean monthly) {
        boolean wholeMonth = bucket.from().getDayOfMonth() == 1
                && bucket.to().equals(bucket.from().withDayOfMonth(bucket.from().lengthOfMonth()));
        return monthly && wholeMonth ? MONTH.format(bucket.from()) : FigureWords.period(this, bucket.from(), bucket.to());
    }
}

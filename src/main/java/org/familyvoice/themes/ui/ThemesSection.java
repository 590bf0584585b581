package org.familyvoice.themes.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.familyvoice.themes.Charts;
import org.familyvoice.themes.Dashboard.ThemeLine;
import org.familyvoice.themes.ThemeDashboardService;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Themes ranked by how much was said (or by the change from the previous period), as a table whose theme names
 * open the quotes behind them, and as a bar chart drawn on the server. Themes from fewer than 5 people read
 * "fewer than 5", come after the others and in name order, so not even their place in the ranking tells a number.
 */
class ThemesSection extends Section {

    /** Bars in the chart: the most talked-about themes. */
    static final int CHART_TOP = 10;

    private final RadioButtonGroup<Boolean> rank = new RadioButtonGroup<>();
    private final Div content = new Div();
    private boolean showing;

    ThemesSection(Consumer<Boolean> onRankChange) {
        addClassName("fv-themes-ranking");
        add(new H2(getTranslation("themes.table.title")));
        var hint = new Paragraph(getTranslation("themes.table.intro"));
        hint.addClassName("fv-themes-screen-only");
        add(hint);
        rank.setLabel(getTranslation("themes.rank"));
        rank.setItems(false, true);
        rank.setItemLabelGenerator(byChange -> getTranslation(byChange ? "themes.rank.change" : "themes.rank.volume"));
        rank.addValueChangeListener(e -> {
            if (!showing && e.getValue() != null) {
                onRankChange.accept(e.getValue());
            }
        });
        rank.addClassName("fv-themes-rank");
        add(rank, content);
    }

    void show(DashboardQuery q, List<ThemeLine> lines) {
        showing = true;
        try {
            rank.setValue(q.byChange());
        } finally {
            showing = false;
        }
        content.removeAll();
        List<ThemeLine> ordered = q.byChange() ? ThemeDashboardService.byChange(lines) : lines;
        String period = FigureWords.period(this, q.from(), q.to());
        NativeTable table = Tables.table(getTranslation(q.byChange() ? "themes.table.caption.change"
                        : "themes.table.caption.volume", period),
                List.of(getTranslation("themes.col.theme"), getTranslation("themes.col.items"),
                        getTranslation("themes.col.change"), getTranslation("themes.col.positive"),
                        getTranslation("themes.col.negative"), getTranslation("themes.col.mixed")));
        for (ThemeLine line : ordered) {
            boolean shown = !line.now().suppressed();
            List<String> cells = new ArrayList<>();
            cells.add(FigureWords.count(this, line.now()));
            cells.add(FigureWords.countChange(this, line.now(), line.before()));
            cells.add(FigureWords.count(this, line.positive()));
            cells.add(FigureWords.count(this, line.negative()));
            cells.add(FigureWords.count(this, line.mixed()));
            Tables.row(table, shown ? quotesLink(q, line) : new Span(line.theme().name()), cells);
        }
        content.add(chart(lines), Tables.scrolling(table, getTranslation("themes.table.title")));
    }

    private RouterLink quotesLink(DashboardQuery q, ThemeLine line) {
        var link = new RouterLink(line.theme().name(), ThemeQuotesView.class);
        link.setQueryParameters(ThemeQuotesView.parameters(q, line.theme().id(), null));
        link.getElement().setAttribute("title", getTranslation("themes.table.open", line.theme().name()));
        return link;
    }

    private com.vaadin.flow.component.Component chart(List<ThemeLine> lines) {
        long bars = lines.stream().filter(l -> !l.now().suppressed()).limit(CHART_TOP).count();
        if (bars == 0) {
            return new Paragraph(getTranslation("themes.table.none"));
        }
        String axis = getTranslation("themes.chart.items");
        List<ThemeLine> data = List.copyOf(lines);
        DownloadHandler png = DownloadHandler.fromInputStream(event -> {
            byte[] bytes = Charts.volumes(data, axis, CHART_TOP);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "themes-chart.png", "image/png", bytes.length);
        }).inline();
        var image = new Image(png, getTranslation("themes.chart.volumes.alt", bars));
        image.addClassName("fv-chart");
        return image;
    }
}

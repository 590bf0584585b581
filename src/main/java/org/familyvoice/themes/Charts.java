package org.familyvoice.themes;

import org.familyvoice.themes.Dashboard.Bucket;
import org.familyvoice.themes.Dashboard.ThemeLine;
import org.familyvoice.themes.Dashboard.Trend;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The dashboard's and the evidence pack's charts, drawn on the server with JFreeChart as PNG images, so the page
 * needs no browser script and the PDF gets the same picture. A figure built from fewer than 5 people is left out
 * of a chart (a gap in a line, no bar), exactly as its table shows "fewer than 5". Every chart has a data table
 * next to it for screen readers; the image's alternative text says so. Colours are a colour-blind-safe palette
 * (Okabe–Ito) and lines also differ by marker shape.
 */
public final class Charts {

    private static final Color[] PALETTE = {new Color(0x00, 0x72, 0xB2), new Color(0xD5, 0x5E, 0x00),
            new Color(0x00, 0x9E, 0x73), new Color(0xCC, 0x79, 0xA7), new Color(0x56, 0xB4, 0xE9),
            new Color(0xE6, 0x9F, 0x00), new Color(0x00, 0x00, 0x00)};
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.UK);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yy", Locale.UK);
    private static final Font REGULAR = font();

    private Charts() {
    }

    /** Items per bucket for each theme of the trend, one line each. */
    public static byte[] trend(Trend trend, String valueAxis, boolean monthly) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (ThemeRef theme : trend.themes()) {
            List<Figure> cells = trend.cells().get(theme.id());
            for (int i = 0; i < trend.buckets().size(); i++) {
                Figure f = cells.get(i);
                data.addValue(f.suppressed() ? null : Integer.valueOf(f.items()), theme.name(),
                        label(trend.buckets().get(i), monthly));
            }
        }
        JFreeChart chart = ChartFactory.createLineChart(null, null, valueAxis, data, PlotOrientation.VERTICAL,
                true, false, false);
        CategoryPlot plot = style(chart);
        LineAndShapeRenderer renderer = (LineAndShapeRenderer) plot.getRenderer();
        renderer.setDefaultShapesVisible(true);
        for (int i = 0; i < trend.themes().size(); i++) {
            renderer.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
            renderer.setSeriesStroke(i, new BasicStroke(2.5f));
        }
        CategoryAxis x = plot.getDomainAxis();
        x.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        return png(chart, 900, 420);
    }

    /** Horizontal bars: items per theme in the period, most first (themes with fewer than 5 people left out). */
    public static byte[] volumes(List<ThemeLine> lines, String valueAxis, int top) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        lines.stream().filter(l -> !l.now().suppressed()).limit(top)
                .forEach(l -> data.addValue(l.now().items(), "items", l.theme().name()));
        JFreeChart chart = ChartFactory.createBarChart(null, null, valueAxis, data, PlotOrientation.HORIZONTAL,
                false, false, false);
        CategoryPlot plot = style(chart);
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, PALETTE[0]);
        renderer.setMaximumBarWidth(0.08);
        return png(chart, 900, Math.max(220, 40 + 32 * data.getColumnCount()));
    }

    private static String label(Bucket bucket, boolean monthly) {
        return monthly ? MONTH.format(bucket.from()) : DAY.format(bucket.from());
    }

    private static CategoryPlot style(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xBB, 0xBB, 0xBB));
        plot.setOutlineVisible(false);
        Font small = REGULAR.deriveFont(13f);
        plot.getDomainAxis().setTickLabelFont(small);
        plot.getRangeAxis().setTickLabelFont(small);
        plot.getRangeAxis().setLabelFont(small);
        plot.getRangeAxis().setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(small);
            legend.setPosition(RectangleEdge.BOTTOM);
            legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        }
        return plot;
    }

    private static byte[] png(JFreeChart chart, int width, int height) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ChartUtils.writeChartAsPNG(out, chart, width, height);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** DejaVu Sans from the build (the same font as the PDFs), so a server without fonts draws the same chart. */
    private static Font font() {
        try (InputStream in = Charts.class.getResourceAsStream("/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf")) {
            if (in == null) {
                return new Font(Font.SANS_SERIF, Font.PLAIN, 12);
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException e) {
            return new Font(Font.SANS_SERIF, Font.PLAIN, 12);
        }
    }
}

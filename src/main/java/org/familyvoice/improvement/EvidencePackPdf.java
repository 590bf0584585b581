package org.familyvoice.improvement;

import org.familyvoice.base.XhtmlText;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.familyvoice.improvement.EvidencePack.Action;
import org.familyvoice.improvement.EvidencePack.Said;
import org.familyvoice.improvement.EvidencePack.ThemeQuotes;
import org.familyvoice.themes.Charts;
import org.familyvoice.themes.Dashboard.Bucket;
import org.familyvoice.themes.Dashboard.ThemeLine;
import org.familyvoice.themes.Figure;
import org.familyvoice.themes.ThemeRef;
import org.springframework.stereotype.Component;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;

import static org.familyvoice.improvement.EvidencePackWords.day;
import static org.familyvoice.improvement.EvidencePackWords.text;

/**
 * The evidence pack as a plain, tagged PDF (PDF/UA: headings, tables with header cells, charts with alternative
 * text, document title and language) made from a small XHTML page. Charts are embedded as PNG data, the font
 * (DejaVu Sans) is embedded from the build, and nothing else is loaded from anywhere while rendering. Every word is
 * escaped, so markup in a theme name or a quote prints as typed.
 */
@Component
class EvidencePackPdf {

    private static final String FONT = "DejaVu Sans";
    private static final String FONT_DIR = "/net/sf/jasperreports/fonts/dejavu/";
    private static final String PNG = "data:image/png;base64,";
    /** Longest quote printed in full; longer ones end in "…". */
    static final int QUOTE_CHARS = 600;

    private final byte[] regular = font("DejaVuSans.ttf");
    private final byte[] bold = font("DejaVuSans-Bold.ttf");

    private static byte[] font(String file) {
        try (InputStream in = EvidencePackPdf.class.getResourceAsStream(FONT_DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("font " + file + " is not on the class path (jasperreports-fonts)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] render(EvidencePack pack) {
        var out = new ByteArrayOutputStream();
        try {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.useFont(() -> new ByteArrayInputStream(regular), FONT, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> new ByteArrayInputStream(bold), FONT, 700, FontStyle.NORMAL, true);
            // only the charts, which are in the page itself as data; nothing from a file or the network
            builder.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith(PNG),
                    ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            builder.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith(PNG),
                    ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            builder.withProducer("Family Voice");
            builder.withHtmlContent(xhtml(pack), null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The page to render; package-visible so a test can read it. */
    String xhtml(EvidencePack pack) {
        var p = pack.period();
        String title = text("evidence-pack.pdf.title", day(p.from()), day(p.to()));
        var html = new StringBuilder(64 * 1024);
        html.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en-GB\" xml:lang=\"en-GB\">")
                .append("<head><title>").append(escape(title)).append("</title>")
                .append("<meta name=\"subject\" content=\"").append(escape(title)).append("\"/>")
                .append("<meta name=\"author\" content=\"").append(escape(text("app.name"))).append("\"/>")
                .append("<style>")
                .append("@page { size: A4; margin: 18mm; }")
                .append("body { font-family: '").append(FONT).append("'; font-size: 11pt; line-height: 1.4; }")
                .append("h1 { font-size: 19pt; margin: 0 0 8pt 0; } h2 { font-size: 14pt; margin: 18pt 0 6pt 0; }")
                .append("h3 { font-size: 12pt; margin: 12pt 0 4pt 0; } h4 { font-size: 11pt; margin: 6pt 0 2pt 0; }")
                .append("p { margin: 0 0 6pt 0; }")
                .append("table { border-collapse: collapse; width: 100%; font-size: 9.5pt; margin-bottom: 8pt; }")
                .append("th, td { border: 0.5pt solid #666; padding: 2pt 4pt; text-align: left; vertical-align: top; }")
                .append("td.n, th.n { text-align: right; } thead { display: table-header-group; }")
                .append("tr { page-break-inside: avoid; } img { width: 170mm; }")
                // a chart's heading stays on the chart's page
                .append(".chart { page-break-inside: avoid; }")
                .append(".quote { margin: 0 0 6pt 6mm; } .note { font-size: 9.5pt; }")
                .append("</style></head><body>");
        html.append("<h1>").append(escape(title)).append("</h1>");
        html.append(para(text("evidence-pack.pdf.made", day(pack.madeOn())), "note"));
        html.append(para(text("evidence-pack.pdf.rules"), "note"));
        headline(html, pack);
        themes(html, pack);
        charts(html, pack);
        quotes(html, pack.quotes());
        actions(html, pack.actions());
        youSaid(html, pack.youSaid());
        html.append("</body></html>");
        return html.toString();
    }

    private static void headline(StringBuilder html, EvidencePack pack) {
        var p = pack.period();
        html.append("<h2>").append(escape(text("evidence-pack.pdf.headline"))).append("</h2>");
        html.append("<table><thead><tr>").append(th(text("evidence-pack.csv.figure"), false))
                .append(th(text("evidence-pack.pdf.now", day(p.from()), day(p.to())), true))
                .append(th(text("evidence-pack.pdf.before", day(p.previous().from()), day(p.previous().to())), true))
                .append(th(text("evidence-pack.csv.change"), true)).append("</tr></thead><tbody>");
        for (EvidencePackWords.Row r : EvidencePackWords.headline(pack.headline(), true)) {
            html.append("<tr>").append(th(r.label(), false, "row")).append(td(r.now(), true))
                    .append(td(r.before(), true)).append(td(r.change(), true)).append("</tr>");
        }
        html.append("</tbody></table>");
    }

    private static void themes(StringBuilder html, EvidencePack pack) {
        html.append("<h2>").append(escape(text("evidence-pack.pdf.themes"))).append("</h2>");
        List<ThemeLine> lines = pack.themes().stream().filter(l -> l.now().items() > 0 || l.before().items() > 0)
                .toList();
        if (lines.isEmpty()) {
            html.append(para(text("evidence-pack.pdf.no-themes"), null));
            return;
        }
        html.append(para(text("evidence-pack.pdf.themes-intro"), "note"));
        html.append("<table><thead><tr>");
        for (String key : List.of("theme", "now-short", "before-short", "change", "positive", "negative", "mixed")) {
            html.append(th(text("evidence-pack.pdf.column." + key), !key.equals("theme")));
        }
        html.append("</tr></thead><tbody>");
        for (ThemeLine line : lines) {
            List<String> cells = EvidencePackWords.theme(line, true);
            html.append("<tr>").append(th(cells.getFirst(), false, "row"));
            cells.subList(1, cells.size()).forEach(c -> html.append(td(c, true)));
            html.append("</tr>");
        }
        html.append("</tbody></table>");
    }

    private static void charts(StringBuilder html, EvidencePack pack) {
        String items = text("evidence-pack.pdf.chart-axis");
        html.append("<div class=\"chart\"><h2>").append(escape(text("evidence-pack.pdf.volume"))).append("</h2>");
        html.append(image(Charts.volumes(pack.themes(), items, 10), text("evidence-pack.pdf.volume-alt")))
                .append("</div>");
        var trend = pack.trend();
        boolean drawn = !trend.themes().isEmpty() && !trend.allSuppressed();
        html.append(drawn ? "<div class=\"chart\">" : "").append("<h2>").append(escape(text(pack.monthly()
                ? "evidence-pack.pdf.trend-monthly" : "evidence-pack.pdf.trend-weekly"))).append("</h2>");
        if (trend.themes().isEmpty()) {
            html.append(para(text("evidence-pack.pdf.no-themes"), null));
            return;
        }
        if (trend.allSuppressed()) {
            html.append(para(text(pack.monthly() ? "evidence-pack.pdf.trend-all-fewer-monthly"
                    : "evidence-pack.pdf.trend-all-fewer-weekly"), null));
            return;
        }
        html.append(image(Charts.trend(trend, items, pack.monthly()), text("evidence-pack.pdf.trend-alt"))).append("</div>");
        html.append("<table><thead><tr>").append(th(text(pack.monthly() ? "evidence-pack.pdf.column.month"
                : "evidence-pack.pdf.column.week"), false));
        for (ThemeRef theme : trend.themes()) {
            html.append(th(theme.name(), true));
        }
        html.append("</tr></thead><tbody>");
        for (int i = 0; i < trend.buckets().size(); i++) {
            Bucket b = trend.buckets().get(i);
            String label = pack.monthly() ? EvidencePackWords.MONTH.format(b.from())
                    : text("evidence-pack.pdf.week-of", day(b.from()));
            html.append("<tr>").append(th(label, false, "row"));
            for (ThemeRef theme : trend.themes()) {
                Figure f = trend.cells().get(theme.id()).get(i);
                html.append(td(EvidencePackWords.figure(f), true));
            }
            html.append("</tr>");
        }
        html.append("</tbody></table>");
    }

    private static void quotes(StringBuilder html, List<ThemeQuotes> quotes) {
        html.append("<h2>").append(escape(text("evidence-pack.pdf.quotes"))).append("</h2>");
        html.append(para(text("evidence-pack.pdf.quotes-intro"), "note"));
        if (quotes.isEmpty()) {
            html.append(para(text("evidence-pack.pdf.no-quotes"), null));
        }
        for (ThemeQuotes theme : quotes) {
            html.append("<h3>").append(escape(theme.theme())).append("</h3>");
            said(html, theme.quotes());
        }
    }

    private static void actions(StringBuilder html, List<Action> actions) {
        html.append("<h2>").append(escape(text("evidence-pack.pdf.actions"))).append("</h2>");
        if (actions.isEmpty()) {
            html.append(para(text("evidence-pack.pdf.no-actions"), null));
        }
        for (Action a : actions) {
            html.append("<h3>").append(escape(a.title())).append("</h3>");
            html.append(para(text("evidence-pack.pdf.action", a.area(), a.owner(), day(a.dueOn()),
                    EvidencePackWords.status(a.status())), null));
            if (a.themes().isEmpty() && a.quotes().isEmpty()) {
                html.append(para(text("evidence-pack.pdf.no-evidence"), "note"));
                continue;
            }
            if (!a.themes().isEmpty()) {
                html.append(para(text("evidence-pack.pdf.evidence-themes", String.join(", ", a.themes())), null));
            }
            if (!a.quotes().isEmpty()) {
                html.append(para(text("evidence-pack.pdf.evidence-quotes"), null));
            }
            said(html, a.quotes());
            if (a.quotesInAll() > a.quotes().size()) {
                html.append(para(text("evidence-pack.pdf.more-quotes", a.quotesInAll() - a.quotes().size()), "note"));
            }
        }
    }

    private static void youSaid(StringBuilder html, List<YouSaidEntry.Published> entries) {
        html.append("<h2>").append(escape(text("evidence-pack.pdf.you-said"))).append("</h2>");
        if (entries.isEmpty()) {
            html.append(para(text("evidence-pack.pdf.no-you-said"), null));
        }
        for (YouSaidEntry.Published e : entries) {
            html.append("<h3>").append(escape(text("you-said.public.when", day(e.doneOn())))).append("</h3>");
            html.append("<h4>").append(escape(text("you-said.public.heard"))).append("</h4>").append(para(e.heard(), "quote"));
            html.append("<h4>").append(escape(text("you-said.public.did"))).append("</h4>").append(para(e.did(), "quote"));
        }
    }

    private static void said(StringBuilder html, List<Said> quotes) {
        for (Said q : quotes) {
            String words = q.redactedText().length() > QUOTE_CHARS
                    ? q.redactedText().substring(0, QUOTE_CHARS) + "…" : q.redactedText();
            html.append(para(text("evidence-pack.pdf.said-in", EvidencePackWords.MONTH.format(q.saidOn())), "note"))
                    .append(para("\u201C" + words + "\u201D", "quote"));
        }
    }

    private static String image(byte[] png, String alt) {
        return "<p><img src=\"" + PNG + Base64.getEncoder().encodeToString(png) + "\" alt=\"" + escape(alt)
                + "\"/></p>";
    }

    private static String th(String text, boolean number) {
        return th(text, number, "col");
    }

    private static String th(String text, boolean number, String scope) {
        return "<th scope=\"" + scope + "\"" + (number ? " class=\"n\"" : "") + ">" + escape(text) + "</th>";
    }

    private static String td(String text, boolean number) {
        return "<td" + (number ? " class=\"n\"" : "") + ">" + escape(text) + "</td>";
    }

    private static String para(String text, @org.jspecify.annotations.Nullable String cssClass) {
        return XhtmlText.paragraph(text, cssClass);
    }

    static String escape(String text) {
        return XhtmlText.escape(text);
    }
}

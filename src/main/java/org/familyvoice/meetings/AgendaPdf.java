package org.familyvoice.meetings;

import org.familyvoice.base.XhtmlText;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The printed agenda: a plain, tagged PDF (PDF/UA: headings, reading order, document title and language) made from a
 * small XHTML page. Every word that came from a person is escaped, so markup in it prints as the characters typed.
 * The font (DejaVu Sans) comes from the build and is embedded; nothing is fetched from anywhere while rendering.
 * The words are English, from the same translations as the pages (a file has no browser to ask for a language).
 */
@Component
class AgendaPdf {

    private static final String FONT = "DejaVu Sans";
    private static final String FONT_DIR = "/net/sf/jasperreports/fonts/dejavu/";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    private final MeetingSettings settings;
    private final byte[] regular;
    private final byte[] bold;

    AgendaPdf(MeetingSettings settings) {
        this.settings = settings;
        messages.setBasename("vaadin-i18n/translations");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        regular = font("DejaVuSans.ttf");
        bold = font("DejaVuSans-Bold.ttf");
    }

    private static byte[] font(String file) {
        try (InputStream in = AgendaPdf.class.getResourceAsStream(FONT_DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("font " + file + " is not on the class path (jasperreports-fonts)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The agenda of {@code meeting}: {@code items} in order, with only the quotes shared with everyone. */
    byte[] render(Meeting meeting, List<AgendaItem> items, boolean published) {
        var out = new ByteArrayOutputStream();
        try {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.useFont(() -> new ByteArrayInputStream(regular), FONT, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> new ByteArrayInputStream(bold), FONT, 700, FontStyle.NORMAL, true);
            builder.useExternalResourceAccessControl((uri, type) -> false,
                    ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            builder.useExternalResourceAccessControl((uri, type) -> false,
                    ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            builder.withProducer("Family Voice");
            builder.withHtmlContent(xhtml(meeting, items, published), null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The page to render; package-visible so a test can read it. */
    String xhtml(Meeting meeting, List<AgendaItem> items, boolean published) {
        var zone = settings.zone();
        String type = text("meetings.type." + meeting.type().name());
        String day = DAY.withZone(zone).format(meeting.startsAt());
        String title = text("agenda.pdf.title", type, day);
        var html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en-GB\" xml:lang=\"en-GB\">")
                .append("<head><title>").append(escape(title)).append("</title>")
                .append("<meta name=\"subject\" content=\"").append(escape(title)).append("\"/>")
                .append("<meta name=\"author\" content=\"").append(escape(text("app.name"))).append("\"/>")
                .append("<style>")
                .append("@page { size: A4; margin: 20mm; }")
                .append("body { font-family: '").append(FONT).append("'; font-size: 12pt; line-height: 1.45; }")
                .append("h1 { font-size: 20pt; margin: 0 0 8pt 0; } h2 { font-size: 14pt; margin: 16pt 0 4pt 0; }")
                .append("p { margin: 0 0 6pt 0; } .quote { margin-left: 8mm; }")
                .append(".mark { font-weight: bold; border: 1pt solid #000; padding: 2pt 4pt; }")
                .append("</style></head><body>");
        html.append("<h1>").append(escape(title)).append("</h1>");
        html.append(para(text("agenda.pdf.when", DAY.withZone(zone).format(meeting.startsAt()),
                TIME.withZone(zone).format(meeting.startsAt()), TIME.withZone(zone).format(meeting.endsAt())), null));
        if (meeting.place() != null) {
            html.append(para(text("agenda.pdf.place", meeting.place()), null));
        }
        if (meeting.onlineLink() != null) {
            html.append(para(text("agenda.pdf.online", meeting.onlineLink()), null));
        }
        if (!published) {
            html.append(para(text("agenda.pdf.draft"), "mark"));
        }
        if (items.isEmpty()) {
            html.append(para(text("agenda.pdf.empty"), null));
        }
        int n = 0;
        for (AgendaItem item : items) {
            n++;
            String heading = item.practitioners() ? text("agenda.pdf.practitioner")
                    : text("contributions.kind." + java.util.Objects.requireNonNull(item.kind()).name());
            html.append("<h2>").append(escape(text("agenda.pdf.item", n, heading))).append("</h2>");
            if (item.practitioners()) {
                html.append(para(java.util.Objects.requireNonNull(item.staffText()), "quote"));
                continue;
            }
            for (Contribution q : item.quotes()) {
                String who = text(q.authorYoungPerson() ? "agenda.pdf.wrote.young" : "agenda.pdf.wrote.parent",
                        q.authorName());
                html.append(para(who, null)).append(para(q.text(), "quote"));
                if (q.authorYoungPerson() && q.heardBy() == HeardBy.SELF) {
                    html.append(para(text("agenda.pdf.says-it-themselves", q.authorName()), "mark"));
                } else if (q.heardBy() != HeardBy.SELF) {
                    html.append(para(text("agenda.pdf.heard-by." + q.heardBy().name(), q.authorName()), null));
                }
            }
        }
        html.append("</body></html>");
        return html.toString();
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args.length == 0 ? null : args, Locale.ENGLISH);
    }

    private static String para(String text, @org.jspecify.annotations.Nullable String cssClass) {
        return XhtmlText.paragraph(text, cssClass);
    }

    static String escape(String text) {
        return XhtmlText.escape(text);
    }
}

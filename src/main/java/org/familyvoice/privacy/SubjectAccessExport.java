package org.familyvoice.privacy;

import org.familyvoice.base.XhtmlText;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes one person's data as a ZIP: {@code person.json} (for a computer) and {@code person.html} (to read), each
 * streamed row by row from the database, so a person with a long history never becomes one big string in memory.
 * The sections are queries chosen by {@link SubjectAccessService}; this class only turns rows into the two formats.
 */
final class SubjectAccessExport {

    /** One part of the export: a name (the JSON key, and {@code subject-access.section.<name>} for its heading). */
    record Section(String name, String sql, Map<String, Object> params) {
    }

    /** Who the export is for and by, for the document's first lines. */
    record Header(String subjectName, @Nullable Long userId, @Nullable Long memberId, Instant madeAt, String madeBy) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    SubjectAccessExport(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void write(Header header, List<Section> sections, OutputStream target) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(target, StandardCharsets.UTF_8);
        OutputStream entry = new FilterOutputStream(zip) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush(); // the ZIP stays open for the next entry
            }
        };
        zip.putNextEntry(new ZipEntry("person.json"));
        json(header, sections, entry);
        zip.closeEntry();
        zip.putNextEntry(new ZipEntry("person.html"));
        html(header, sections, entry);
        zip.closeEntry();
        zip.finish();
        zip.flush();
    }

    // ---------------------------------------------------------------- JSON

    private void json(Header header, List<Section> sections, OutputStream out) {
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringProperty("format", "family-voice-subject-access");
            g.writeNumberProperty("format_version", 1);
            g.writeStringProperty("made_at", header.madeAt().toString());
            g.writeStringProperty("made_by", header.madeBy());
            g.writeName("subject");
            g.writeStartObject();
            g.writeStringProperty("name", header.subjectName());
            writeId(g, "user_id", header.userId());
            writeId(g, "member_id", header.memberId());
            g.writeEndObject();
            g.writeName("sections");
            g.writeStartObject();
            for (Section section : sections) {
                g.writeName(section.name());
                g.writeStartArray();
                jdbc.sql(section.sql()).params(section.params()).query((ResultSet rs) -> {
                    ResultSetMetaData meta = rs.getMetaData();
                    g.writeStartObject();
                    for (int c = 1; c <= meta.getColumnCount(); c++) {
                        g.writeName(column(meta, c));
                        Object v = value(rs, c);
                        if (v == null) {
                            g.writeNull();
                        } else if (v instanceof Boolean b) {
                            g.writeBoolean(b);
                        } else if (v instanceof Long l) {
                            g.writeNumber(l);
                        } else {
                            g.writeString(v.toString());
                        }
                    }
                    g.writeEndObject();
                });
                g.writeEndArray();
            }
            g.writeEndObject();
            g.writeName("consent_wordings");
            g.writeStartArray();
            for (ConsentWording w : ConsentWording.values()) {
                g.writeStartObject();
                g.writeStringProperty("wording_key", w.name());
                g.writeNumberProperty("wording_version", w.version());
                g.writeStringProperty("wording_hash", w.sha256());
                g.writeStringProperty("text", ExportWords.wording(w));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static void writeId(JsonGenerator g, String name, @Nullable Long id) {
        g.writeName(name);
        if (id == null) {
            g.writeNull();
        } else {
            g.writeNumber(id);
        }
    }

    // ---------------------------------------------------------------- HTML

    private void html(Header header, List<Section> sections, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        String title = ExportWords.text("subject-access.doc.title", header.subjectName());
        w.write("""
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
                <title>""");
        w.write(XhtmlText.escape(title));
        w.write("""
                </title>
                <style>
                body { font-family: sans-serif; line-height: 1.5; max-width: 60rem; margin: 1rem auto; padding: 0 1rem; }
                article { border: 1px solid #888; border-radius: 4px; padding: 0.5rem 1rem; margin: 0.5rem 0; }
                dl { display: grid; grid-template-columns: minmax(8rem, max-content) 1fr; gap: 0.25rem 1rem; margin: 0; }
                dt { font-weight: bold; }
                dd { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; unicode-bidi: plaintext; }
                </style>
                </head>
                <body>
                <main>
                """);
        w.write("<h1>" + XhtmlText.escape(title) + "</h1>\n");
        w.write("<p>" + XhtmlText.escape(ExportWords.text("subject-access.doc.made", header.madeAt().toString(),
                header.madeBy())) + "</p>\n");
        w.write("<p>" + XhtmlText.escape(ExportWords.text("subject-access.doc.machine")) + "</p>\n");
        for (Section section : sections) {
            w.write("<section>\n<h2>" + XhtmlText.escape(ExportWords.text("subject-access.section." + section.name()))
                    + "</h2>\n");
            int[] rows = {0};
            jdbc.sql(section.sql()).params(section.params()).query((ResultSet rs) -> {
                try {
                    ResultSetMetaData meta = rs.getMetaData();
                    w.write("<article><dl>\n");
                    for (int c = 1; c <= meta.getColumnCount(); c++) {
                        Object v = value(rs, c);
                        w.write("<dt>" + XhtmlText.escape(column(meta, c)) + "</dt><dd>"
                                + (v == null ? "" : XhtmlText.escape(v.toString())) + "</dd>\n");
                    }
                    w.write("</dl></article>\n");
                    rows[0]++;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            if (rows[0] == 0) {
                w.write("<p>" + XhtmlText.escape(ExportWords.text("subject-access.doc.empty")) + "</p>\n");
            }
            w.write("</section>\n");
        }
        w.write("<section>\n<h2>" + XhtmlText.escape(ExportWords.text("subject-access.section.consent_wordings"))
                + "</h2>\n");
        for (ConsentWording cw : ConsentWording.values()) {
            w.write("<article><dl>\n<dt>wording_key</dt><dd>" + cw.name() + "</dd>\n<dt>wording_version</dt><dd>"
                    + cw.version() + "</dd>\n<dt>text</dt><dd>" + XhtmlText.escape(ExportWords.wording(cw))
                    + "</dd>\n</dl></article>\n");
        }
        w.write("</section>\n</main>\n</body>\n</html>\n");
        w.flush();
    }

    // ---------------------------------------------------------------- values

    private static String column(ResultSetMetaData meta, int c) throws SQLException {
        return meta.getColumnLabel(c).toLowerCase(Locale.ROOT);
    }

    /** A column as JSON and the page show it: text, a whole number, true/false, or a date or time in ISO 8601 (UTC). */
    private static @Nullable Object value(ResultSet rs, int c) throws SQLException {
        Object v = rs.getObject(c);
        return switch (v) {
            case null -> null;
            case Boolean b -> b;
            case Integer i -> (long) i;
            case Long l -> l;
            case Short s -> (long) s;
            case java.math.BigDecimal d -> d.longValueExact();
            case java.sql.Timestamp t -> t.toInstant().toString();
            case OffsetDateTime t -> t.toInstant().toString();
            case java.sql.Date d -> d.toLocalDate().toString();
            default -> v.toString();
        };
    }
}

package org.familyvoice.improvement;

import org.familyvoice.themes.Dashboard.Headline;
import org.familyvoice.themes.Dashboard.ThemeLine;
import org.familyvoice.themes.DashboardFilter;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The evidence pack's figures as CSV: one header row, the headline rows, then one row per theme (items, previous
 * period, change, positive, negative, mixed). Figures from fewer than 5 people read "fewer than 5". Fields are quoted
 * as RFC 4180 says (CRLF line ends, quotes doubled), and text that a spreadsheet would run as a formula (starting with
 * = + - @, a tab or a carriage return) gets a leading apostrophe, so a theme called "=HYPERLINK(...)" stays text.
 * UTF-8 with a byte order mark, so spreadsheets read names in any script correctly.
 */
final class EvidencePackCsv {

    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private EvidencePackCsv() {
    }

    static byte[] write(DashboardFilter period, Headline headline, List<ThemeLine> themes) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(EvidencePackWords.text("evidence-pack.csv.section"),
                EvidencePackWords.text("evidence-pack.csv.figure"),
                EvidencePackWords.text("evidence-pack.csv.now", period.from(), period.to()),
                EvidencePackWords.text("evidence-pack.csv.before", period.previous().from(), period.previous().to()),
                EvidencePackWords.text("evidence-pack.csv.change"),
                EvidencePackWords.text("evidence-pack.csv.positive"),
                EvidencePackWords.text("evidence-pack.csv.negative"),
                EvidencePackWords.text("evidence-pack.csv.mixed")));
        String headlineSection = EvidencePackWords.text("evidence-pack.csv.headline");
        for (EvidencePackWords.Row r : EvidencePackWords.headline(headline, false)) {
            rows.add(List.of(headlineSection, r.label(), r.now(), r.before(), r.change(), "", "", ""));
        }
        String themeSection = EvidencePackWords.text("evidence-pack.csv.theme");
        for (ThemeLine line : themes) {
            List<String> row = new ArrayList<>();
            row.add(themeSection);
            row.addAll(EvidencePackWords.theme(line, false));
            rows.add(row);
        }
        var out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        for (List<String> row : rows) {
            out.writeBytes((String.join(",", row.stream().map(EvidencePackCsv::field).toList()) + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    /** One field: neutralised if a spreadsheet could take it for a formula, then quoted if it needs to be. */
    static String field(String value) {
        String safe = neutralise(value);
        boolean quote = safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\r') >= 0
                || safe.indexOf('\n') >= 0 || !safe.equals(safe.strip());
        return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }

    /** A leading apostrophe for text starting with = + - @ tab or carriage return; plain numbers stay numbers. */
    static String neutralise(String value) {
        if (value.isEmpty() || NUMBER.matcher(value).matches()) {
            return value;
        }
        char first = value.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return risky ? "'" + value : value;
    }
}

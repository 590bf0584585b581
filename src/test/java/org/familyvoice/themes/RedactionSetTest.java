package org.familyvoice.themes;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The redactor over realistic family feedback (src/test/resources/themes/redaction-set-1.tsv, header
 * {@code input<TAB>expected}): lines with names, phone numbers, e-mail addresses, postcodes and addresses, and
 * tricky lines that must stay as written. The people known to the system are the demo data's people plus a few
 * names with apostrophes, hyphens and accents. Prints how many lines match exactly and every line that does not.
 */
class RedactionSetTest {

    static final List<String> KNOWN_PEOPLE = List.of("Alex Morgan", "Dana Whitfield", "Ella Walsh", "Grace Adeyemi",
            "Jordan Blake", "Kai Harper", "Leanne Harper", "Lena Novak", "Marta Novak", "Morgan Reid", "Priya Shah",
            "Ryan Walsh", "Sam Okoro", "Tobi Adeyemi", "Tom Harper", "Siobhan O'Neill", "Anne-Marie Kowalski",
            "Zoë Hart");

    record Line(int number, String input, String expected) {
    }

    static List<Line> load(String name) throws IOException {
        try (InputStream in = RedactionSetTest.class.getResourceAsStream("/themes/" + name)) {
            assertThat(in).as(name).isNotNull();
            String[] rows = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            assertThat(rows[0]).isEqualTo("input\texpected");
            List<Line> lines = new ArrayList<>();
            for (int i = 1; i < rows.length; i++) {
                if (rows[i].isBlank()) {
                    continue;
                }
                String[] fields = rows[i].split("\t", -1);
                assertThat(fields).as(name + " line " + (i + 1)).hasSize(2);
                lines.add(new Line(i + 1, fields[0], fields[1]));
            }
            return lines;
        }
    }

    @Test
    void everyLabelledLineIsRedactedExactlyAsExpected() throws IOException {
        List<Line> lines = load("redaction-set-1.tsv");
        Redactor redactor = new Redactor();
        List<String> mismatches = new ArrayList<>();
        for (Line line : lines) {
            String actual = redactor.redact(line.input(), KNOWN_PEOPLE);
            if (!actual.equals(line.expected())) {
                mismatches.add("line " + line.number() + "\n  input:    " + line.input() + "\n  expected: "
                        + line.expected() + "\n  actual:   " + actual);
            }
        }
        System.out.printf("redaction-set-1.tsv: %d of %d lines redacted exactly as expected%n",
                lines.size() - mismatches.size(), lines.size());
        mismatches.forEach(System.out::println);
        assertThat(lines).hasSizeGreaterThanOrEqualTo(80);
        assertThat(mismatches).as("lines not redacted as expected").isEmpty();
    }
}

package org.familyvoice.themes;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Turns a family's words into a quote that can be shown to someone who may not see the family: names of people
 * known to the system, phone numbers, e-mail addresses, UK postcodes and street addresses are replaced by a plain
 * marker that says what was there ({@link #NAME}, {@link #PHONE}, {@link #EMAIL}, {@link #POSTCODE},
 * {@link #ADDRESS}). Everything else stays exactly as written (emoji, right-to-left text, markup kept as text).
 *
 * <p>Pure and thread-safe: no state beyond the compiled rules. The markers are constants so a later UI can
 * translate them; see docs/redaction.md for what each rule catches and its known limits.
 */
public final class Redactor {

    public static final String NAME = "[name]";
    public static final String PHONE = "[phone number]";
    public static final String EMAIL = "[e-mail address]";
    public static final String POSTCODE = "[postcode]";
    public static final String ADDRESS = "[address]";

    /** When two findings overlap, the longer wins; on equal length, the earlier in this list. */
    private static final List<String> PRIORITY = List.of(EMAIL, ADDRESS, PHONE, POSTCODE, NAME);

    private final PhoneRedaction phones = new PhoneRedaction();

    /**
     * {@code text} with every identifier replaced by its marker; {@code knownNames} are the full names of people
     * known to the system (e.g. "Priya Shah"), each matched as a whole and by its first name and surname alone.
     */
    public String redact(String text, Collection<String> knownNames) {
        List<RedactionSpan> found = new ArrayList<>();
        found.addAll(PlaceRedaction.emails(text));
        found.addAll(PlaceRedaction.addresses(text));
        found.addAll(PlaceRedaction.postcodes(text));
        found.addAll(phones.find(text));
        found.addAll(NameRedaction.find(text, knownNames));
        return apply(text, keepLongest(found));
    }

    private static List<RedactionSpan> keepLongest(List<RedactionSpan> found) {
        List<RedactionSpan> byStrength = new ArrayList<>(found);
        byStrength.sort(Comparator.comparingInt(RedactionSpan::length).reversed()
                .thenComparingInt(s -> PRIORITY.indexOf(s.marker()))
                .thenComparingInt(RedactionSpan::start));
        List<RedactionSpan> kept = new ArrayList<>();
        for (RedactionSpan candidate : byStrength) {
            if (kept.stream().noneMatch(candidate::overlaps)) {
                kept.add(candidate);
            }
        }
        kept.sort(Comparator.comparingInt(RedactionSpan::start));
        return kept;
    }

    private static String apply(String text, List<RedactionSpan> spans) {
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        for (RedactionSpan span : spans) {
            out.append(text, at, span.start()).append(span.marker());
            at = span.end();
        }
        return out.append(text, at, text.length()).toString();
    }
}

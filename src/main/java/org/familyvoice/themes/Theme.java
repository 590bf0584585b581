package org.familyvoice.themes;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One theme of the taxonomy: its code (what tags, rollups and tests use), the name and description people read,
 * and the words ({@code keywords}) and multi-word {@code phrases} that signal it. Keywords and phrases are plain
 * text as families write it; the tagger analyses them with the same Lucene analysis as the text (so "listened",
 * "listening" and "listen" are one, and stop words inside a phrase do not matter). A term may end in
 * {@code ^weight} (e.g. {@code wait^0.5}): weak signals need a second one before the theme is given. A term that
 * starts with {@code +} counts only when not negated ("helpful" is praise, "not helpful" is not).
 */
public record Theme(String code, String name, String description, List<String> keywords, List<String> phrases) {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z_]{1,39}");

    public Theme {
        Objects.requireNonNull(code);
        Objects.requireNonNull(name);
        Objects.requireNonNull(description);
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("A theme code is upper case letters and underscores: " + code);
        }
        keywords = List.copyOf(keywords);
        phrases = List.copyOf(phrases);
    }
}

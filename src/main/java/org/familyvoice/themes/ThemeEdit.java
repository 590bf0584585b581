package org.familyvoice.themes;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * A new or changed theme as typed: name, description, keywords and phrases (one term each; see {@link Theme} for
 * {@code term^0.5} and {@code +term}), the ids of the improvement areas it speaks to, and whether it is in use.
 */
public record ThemeEdit(String name, String description, List<String> keywords, List<String> phrases,
                        Set<Long> areaIds, boolean active) {

    public ThemeEdit {
        keywords = List.copyOf(keywords);
        phrases = List.copyOf(phrases);
        areaIds = Set.copyOf(areaIds);
    }

    /** The terms of a text with one term per line: each line trimmed, empty lines left out. */
    public static List<String> lines(String text) {
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}

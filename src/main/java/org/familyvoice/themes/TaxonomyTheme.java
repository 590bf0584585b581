package org.familyvoice.themes;

import java.time.Instant;
import java.util.List;

/**
 * A theme of the editable taxonomy as administrators and managers see it: active or not, its keywords and phrases
 * one term each, the improvement areas it speaks to, and the version to name when changing it.
 */
public record TaxonomyTheme(long id, String code, String name, String description, List<String> keywords,
                            List<String> phrases, boolean active, Instant changedAt, long version,
                            List<MappedArea> areas) {

    /** An improvement area a theme can speak to; {@code active} false when the plan no longer uses it. */
    public record MappedArea(long id, String name, boolean active) {
    }

    public TaxonomyTheme {
        keywords = List.copyOf(keywords);
        phrases = List.copyOf(phrases);
        areas = List.copyOf(areas);
    }
}

package org.familyvoice.themes;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One correction of an item's themes and feeling by a member of staff, as kept: who, when, and the theme names and
 * sentiment before and after.
 */
public record TagChange(String changedBy, Instant changedAt, List<String> themesBefore, List<String> themesAfter,
                        Sentiment sentimentBefore, Sentiment sentimentAfter) {

    public TagChange {
        Objects.requireNonNull(changedBy);
        Objects.requireNonNull(changedAt);
        themesBefore = List.copyOf(themesBefore);
        themesAfter = List.copyOf(themesAfter);
        Objects.requireNonNull(sentimentBefore);
        Objects.requireNonNull(sentimentAfter);
    }

    public boolean sentimentChanged() {
        return sentimentBefore != sentimentAfter;
    }
}

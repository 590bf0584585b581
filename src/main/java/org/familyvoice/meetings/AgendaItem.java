package org.familyvoice.meetings;

import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Objects;

/**
 * One line of a meeting's agenda, as the caller may see it. A family item quotes one or more of the family's
 * contributions ({@code quotes}, in the order they were written; merged items quote several) under the question the
 * first of them answers ({@code kind}); a practitioner's item has the worker's own words ({@code staffText}) and no
 * quotes.
 */
public record AgendaItem(AgendaItemId id, boolean practitioners, @Nullable ContributionKind kind,
                         @Nullable String staffText, List<Contribution> quotes) {

    public AgendaItem {
        Objects.requireNonNull(id);
        quotes = List.copyOf(quotes);
        if (practitioners != (staffText != null)) {
            throw new IllegalArgumentException("a practitioner's item has its own words, a family item has none");
        }
    }

    /** Quotes a young person (the default order puts these first). */
    public boolean fromYoungPerson() {
        return quotes.stream().anyMatch(Contribution::authorYoungPerson);
    }

    /** A young person will say this themselves at the meeting. */
    public boolean youngPersonSaysItThemselves() {
        return quotes.stream().anyMatch(q -> q.authorYoungPerson() && q.heardBy() == HeardBy.SELF);
    }

    /** The default order: a young person's items, then parents' and carers', then the practitioner's. */
    int defaultRank() {
        return practitioners ? 2 : fromYoungPerson() ? 0 : 1;
    }
}

package org.familyvoice.meetings;

import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Objects;

/**
 * One agenda item after the meeting: the practitioner's own words ({@code staffText}, for their items, whose
 * {@code kind} is null) or the family's words it quotes (only those the caller may see), and what was decided
 * ({@code outcome}, null while not recorded).
 */
public record PlanItem(AgendaItemId id, @Nullable ContributionKind kind, @Nullable String staffText, List<PlanQuote> quotes,
                       @Nullable String outcome) {
    public PlanItem {
        Objects.requireNonNull(id);
        quotes = List.copyOf(quotes);
    }

    public boolean practitionerItem() {
        return staffText != null;
    }
}

package org.familyvoice.meetings;

import java.util.Objects;

/**
 * A family member's words quoted by an agenda item, as the caller may see them. {@code workerOnly}: the author wanted
 * only their social worker to see it (only ever shown to staff and to the author).
 */
public record PlanQuote(String text, String authorName, boolean authorYoungPerson, boolean mine, boolean workerOnly) {
    public PlanQuote {
        Objects.requireNonNull(text);
        Objects.requireNonNull(authorName);
    }
}

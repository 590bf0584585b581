package org.familyvoice.meetings;

import java.time.Instant;
import java.util.Objects;

/**
 * An item a family member wants to talk about at a meeting, as the caller may see it. {@code mine}: the caller wrote
 * it (only then may they change it); {@code flagged}: the screener saw a possible disclosure (staff only, always
 * false for family members); {@code mayUseForImprovement}: the author allowed their words to be used, without their
 * name, to improve services (only items shared with everyone are); {@code version} is handed back on a change.
 */
public record Contribution(ContributionId id, MeetingId meetingId, ContributionKind kind, String text, HeardBy heardBy,
                           Visibility visibleTo, boolean mayUseForImprovement, String authorName,
                           boolean authorYoungPerson, boolean mine, boolean flagged, Instant createdAt,
                           Instant updatedAt, long version) {
    public Contribution {
        Objects.requireNonNull(id);
        Objects.requireNonNull(text);
    }

    /** Only for the social worker: never shown to other family members or other attendees. */
    public boolean workerOnly() {
        return visibleTo == Visibility.WORKER_ONLY;
    }
}

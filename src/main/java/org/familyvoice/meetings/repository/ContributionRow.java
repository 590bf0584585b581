package org.familyvoice.meetings.repository;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;

/** {@code mayUseForImprovement}: the author said their words may be used, without their name, to improve services. */
@Table("meeting_contribution")
public record ContributionRow(@Id @Nullable Long id, long meetingId, long authorUserId, String kind, String text,
                              String heardBy, String visibleTo, String status, Instant createdAt, Instant updatedAt,
                              boolean flagged, boolean mayUseForImprovement, @Version @Nullable Long version) {

    /** The same item with new words and choices, as the author last saw it ({@code seenVersion}). */
    public ContributionRow edited(String newKind, String newText, String newHeardBy, String newVisibleTo,
                                  boolean nowMayUse, Instant at, boolean nowFlagged, long seenVersion) {
        return new ContributionRow(id, meetingId, authorUserId, newKind, newText, newHeardBy, newVisibleTo, status,
                createdAt, at, nowFlagged, nowMayUse, seenVersion);
    }

    public ContributionRow withdrawn(Instant at, long seenVersion) {
        return new ContributionRow(id, meetingId, authorUserId, kind, text, heardBy, visibleTo, "WITHDRAWN", createdAt,
                at, flagged, mayUseForImprovement, seenVersion);
    }

    public ContributionRow withFlagged(boolean f) {
        return new ContributionRow(id, meetingId, authorUserId, kind, text, heardBy, visibleTo, status, createdAt,
                updatedAt, f, mayUseForImprovement, version);
    }

    /** Shared with everyone at the meeting, still standing, and its author allowed it to be used for improvement. */
    public boolean usableForImprovement() {
        return mayUseForImprovement && "EVERYONE".equals(visibleTo) && "ACTIVE".equals(status);
    }
}

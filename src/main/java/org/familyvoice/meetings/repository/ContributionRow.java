package org.familyvoice.meetings.repository;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;

@Table("meeting_contribution")
public record ContributionRow(@Id @Nullable Long id, long meetingId, long authorUserId, String kind, String text,
                              String heardBy, String visibleTo, String status, Instant createdAt, Instant updatedAt,
                              boolean flagged, @Version @Nullable Long version) {

    /** The same item with new words and choices, as the author last saw it ({@code seenVersion}). */
    public ContributionRow edited(String newKind, String newText, String newHeardBy, String newVisibleTo, Instant at,
                                  boolean nowFlagged, long seenVersion) {
        return new ContributionRow(id, meetingId, authorUserId, newKind, newText, newHeardBy, newVisibleTo, status,
                createdAt, at, nowFlagged, seenVersion);
    }

    public ContributionRow withdrawn(Instant at, long seenVersion) {
        return new ContributionRow(id, meetingId, authorUserId, kind, text, heardBy, visibleTo, "WITHDRAWN", createdAt,
                at, flagged, seenVersion);
    }

    public ContributionRow withFlagged(boolean f) {
        return new ContributionRow(id, meetingId, authorUserId, kind, text, heardBy, visibleTo, status, createdAt,
                updatedAt, f, version);
    }
}

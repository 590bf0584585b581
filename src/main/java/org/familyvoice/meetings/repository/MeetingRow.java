package org.familyvoice.meetings.repository;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;

@Table("meeting")
public record MeetingRow(@Id @Nullable Long id, long familyId, String meetingType, Instant startsAt,
                         int durationMinutes, @Nullable String place, @Nullable String onlineLink, String status,
                         @Nullable String cancelledReason, long createdBy, Instant createdAt, Instant changedAt,
                         @Version @Nullable Long version) {

    /** The same meeting at a new time or place, as the caller last saw it ({@code seenVersion}). */
    public MeetingRow moved(Instant newStart, int newDuration, @Nullable String newPlace, @Nullable String newLink,
                            Instant at, long seenVersion) {
        return new MeetingRow(id, familyId, meetingType, newStart, newDuration, newPlace, newLink, status,
                cancelledReason, createdBy, createdAt, at, seenVersion);
    }

    public MeetingRow cancelled(String reason, Instant at, long seenVersion) {
        return new MeetingRow(id, familyId, meetingType, startsAt, durationMinutes, place, onlineLink, "CANCELLED",
                reason, createdBy, createdAt, at, seenVersion);
    }
}

package org.familyvoice.meetings.repository;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

@Table("meeting_attendee")
public record AttendeeRow(@Id @Nullable Long id, long meetingId, @Nullable Long familyMemberId, @Nullable String name,
                          @Nullable String attendeeRole) {
}

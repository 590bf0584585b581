package org.familyvoice.meetings;

import org.familyvoice.base.FamilyId;
import org.jspecify.annotations.Nullable;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * A meeting as the caller may see it. {@code contributionsCloseAt} is when the family can no longer add their
 * items; {@code changeable} says whether the caller may move or cancel it; {@code version} is handed back on
 * a change, so that a change made by someone else in between is noticed instead of overwritten.
 */
public record Meeting(MeetingId id, FamilyId familyId, String familyName, MeetingType type, Instant startsAt,
                      int durationMinutes, @Nullable String place, @Nullable String onlineLink, MeetingStatus status,
                      @Nullable String cancelledReason, Instant contributionsCloseAt, List<Attendee> attendees,
                      boolean changeable, long version) {

    public Meeting {
        Objects.requireNonNull(id);
        Objects.requireNonNull(startsAt);
        attendees = List.copyOf(attendees);
    }

    public Instant endsAt() {
        return startsAt.plus(Duration.ofMinutes(durationMinutes));
    }

    public boolean cancelled() {
        return status == MeetingStatus.CANCELLED;
    }

    /** Still to come (a meeting is "past" once it has ended). */
    public boolean upcoming(Instant now) {
        return endsAt().isAfter(now);
    }

    /**
     * Whole days left, counted in calendar days where the family lives, to add items: 0 on the last day, negative
     * once closed.
     */
    public long daysLeftToContribute(Instant now, ZoneId zone) {
        if (!now.isBefore(contributionsCloseAt)) {
            return -1;
        }
        return ChronoUnit.DAYS.between(LocalDate.ofInstant(now, zone), LocalDate.ofInstant(contributionsCloseAt, zone));
    }
}

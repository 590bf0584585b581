package org.familyvoice.meetings;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** A meeting of the manager's team with the post-meeting checks answered about it. */
public record MeetingCheckOverview(MeetingId meetingId, String familyName, MeetingType type, Instant startsAt,
                                   List<MeetingCheck> checks) {
    public MeetingCheckOverview {
        Objects.requireNonNull(meetingId);
        checks = List.copyOf(checks);
    }
}

package org.familyvoice.meetings;

import org.familyvoice.families.MemberId;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;

/**
 * What a practitioner fills in to schedule a meeting: what kind, when and for how long, where (a place, an
 * online link, or both), and who is invited.
 */
public record MeetingPlan(@Nullable MeetingType type, @Nullable Instant startsAt, int durationMinutes,
                          @Nullable String place, @Nullable String onlineLink, List<MemberId> invitedMembers,
                          List<OtherAttendee> others) {

    public MeetingPlan {
        invitedMembers = List.copyOf(invitedMembers);
        others = List.copyOf(others);
    }
}

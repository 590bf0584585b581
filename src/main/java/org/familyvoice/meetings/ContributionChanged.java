package org.familyvoice.meetings;

import org.familyvoice.base.live.LiveEvent;

/** A family member added, changed or withdrew an item for this meeting: staff pages showing it read it again. */
public record ContributionChanged(MeetingId meetingId) implements LiveEvent {
}

package org.familyvoice.meetings;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What came out of a meeting, as the caller may see it: each agenda item with its outcome, the actions agreed and the
 * next review date. {@code sharedAt}: when the plan was first shared with the family (null: not yet);
 * {@code agendaVersion} is handed back with every change; {@code editable}: the caller may record outcomes now.
 */
public record MeetingOutcomes(MeetingId meetingId, LocalDate meetingDay, List<PlanItem> items, List<PlanAction> actions,
                              @Nullable LocalDate nextReviewOn, @Nullable Instant sharedAt, long agendaVersion,
                              boolean editable) {
    public MeetingOutcomes {
        Objects.requireNonNull(meetingId);
        items = List.copyOf(items);
        actions = List.copyOf(actions);
    }

    public boolean shared() {
        return sharedAt != null;
    }
}

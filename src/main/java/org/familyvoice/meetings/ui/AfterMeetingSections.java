package org.familyvoice.meetings.ui;

import com.vaadin.flow.component.HasComponents;
import org.familyvoice.meetings.AfterMeetingService;
import org.familyvoice.meetings.CheckStatus;
import org.familyvoice.meetings.Meeting;

import java.time.Instant;

/**
 * What the meeting page shows after the meeting has started: for staff, the outcomes editor (or the outcomes, for
 * the team), their own post-meeting check and everybody's answers side by side; for the family, their plan once
 * shared and their post-meeting check once the meeting has ended.
 */
final class AfterMeetingSections {

    private AfterMeetingSections() {
    }

    static void addTo(HasComponents page, AfterMeetingService after, Meeting meeting, boolean family,
                      boolean youngPerson, Instant now) {
        if (meeting.cancelled() || meeting.startsAt().isAfter(now)) {
            return;
        }
        boolean ended = !meeting.upcoming(now);
        if (family) {
            after.planForFamily(meeting.id()).ifPresent(plan -> page.add(new FamilyPlanSection(plan, youngPerson)));
        } else {
            page.add(new OutcomesEditor(after, meeting.id()));
        }
        CheckStatus status = after.checkStatus(meeting.id());
        if (status == CheckStatus.OPEN || status == CheckStatus.ANSWERED) {
            page.add(new MeetingCheckForm(after, meeting.id(), family, youngPerson));
        }
        if (!family && ended) {
            page.add(new MeetingChecksTable(after.checksFor(meeting.id())));
        }
    }
}

package org.familyvoice.meetings;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;

/**
 * A meeting's agenda as the family's staff see it: the items in order (with every quote, private ones marked), the
 * family's contributions not yet looked at ({@code fresh}) and those parked for another time. {@code agendaVersion}
 * is handed back with every change; {@code changeable}: the caller may change the agenda; {@code publishedLate}: it
 * was published later than {@code publishDaysBefore} days before the meeting.
 */
public record StaffAgenda(MeetingId meetingId, List<AgendaItem> items, List<Contribution> fresh,
                          List<Contribution> parked, long agendaVersion, @Nullable Instant publishedAt,
                          boolean publishedLate, int publishDaysBefore, boolean changeable) {

    public StaffAgenda {
        items = List.copyOf(items);
        fresh = List.copyOf(fresh);
        parked = List.copyOf(parked);
    }

    public boolean published() {
        return publishedAt != null;
    }
}

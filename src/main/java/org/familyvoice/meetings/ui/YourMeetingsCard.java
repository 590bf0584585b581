package org.familyvoice.meetings.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import org.familyvoice.meetings.Meeting;
import org.familyvoice.meetings.MeetingService;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** "Your meetings" on a family member's home page: what is coming up, with days left, and the latest past one. */
public final class YourMeetingsCard extends Div {

    static final int PAST_SHOWN = 1;

    public YourMeetingsCard(MeetingService meetings, Clock clock) {
        addClassNames("fv-card", "fv-your-meetings");
        Instant now = clock.instant();
        List<Meeting> mine = meetings.myMeetings();
        List<Meeting> upcoming = mine.stream().filter(m -> m.upcoming(now)).toList();
        List<Meeting> past = mine.stream().filter(m -> !m.upcoming(now)).toList().reversed();
        add(new H2(getTranslation("meetings.mine.title")));
        if (upcoming.isEmpty()) {
            add(new Paragraph(getTranslation("meetings.mine.card.none")));
        }
        upcoming.forEach(m -> add(new MeetingCard(m, now, new H3())));
        if (!past.isEmpty()) {
            add(new H3(getTranslation("meetings.mine.past")));
            past.stream().limit(PAST_SHOWN).forEach(m -> {
                add(new Paragraph(getTranslation(m.cancelled() ? "meetings.past-line.cancelled" : "meetings.past-line",
                        MeetingWords.type(this, m), MeetingWords.when(this, m))));
            });
        }
        add(new RouterLink(getTranslation("meetings.mine.all"), MyMeetingsView.class));
    }
}

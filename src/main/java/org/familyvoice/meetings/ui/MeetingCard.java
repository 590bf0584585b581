package org.familyvoice.meetings.ui;

import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import org.familyvoice.meetings.Meeting;

import java.time.Instant;

/** One meeting as a family member sees it in a list: what, when, where, and what they can still do. */
final class MeetingCard extends Article {

    /** {@code heading} is the heading element for the meeting's name (H2 or H3, by where the card sits). */
    MeetingCard(Meeting m, Instant now, com.vaadin.flow.component.HtmlContainer heading) {
        addClassNames("fv-meeting");
        heading.setText(MeetingWords.type(this, m));
        add(heading);
        var when = new Paragraph(MeetingWords.when(this, m));
        when.addClassName("fv-meeting-when");
        add(when);
        if (m.cancelled()) {
            addClassName("fv-meeting-cancelled");
            var badge = new Span(getTranslation("meetings.cancelled-badge"));
            badge.addClassNames("fv-badge", "fv-badge-alert");
            add(new Paragraph(badge));
            add(new Paragraph(getTranslation("meetings.cancelled-because", m.cancelledReason())));
        } else {
            add(MeetingWords.where(this, m));
            String left = MeetingWords.daysLeft(this, m, now);
            if (left != null) {
                var p = new Paragraph(left);
                p.addClassName("fv-days-left");
                add(p);
            }
        }
        var open = new RouterLink(getTranslation("meetings.open"), MeetingView.class,
                new RouteParameters("meetingId", m.id().toString()));
        open.getElement().setAttribute("aria-label", getTranslation("meetings.open.aria", MeetingWords.day(m.startsAt())));
        add(open);
    }
}

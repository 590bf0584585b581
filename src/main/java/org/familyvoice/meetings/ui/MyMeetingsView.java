package org.familyvoice.meetings.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.familyvoice.base.Roles;
import org.familyvoice.meetings.Meeting;
import org.familyvoice.meetings.MeetingService;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** "My meetings": the meetings a parent, carer or young person is invited to, coming up first, then past ones. */
@Route("my-meetings")
@RolesAllowed({Roles.PARENT, Roles.YOUNG_PERSON})
@Menu(order = 3, icon = "vaadin:calendar-user", title = "menu.my-meetings")
class MyMeetingsView extends Main implements HasDynamicTitle {

    MyMeetingsView(MeetingService meetings, Clock clock) {
        addClassName("fv-page");
        Instant now = clock.instant();
        List<Meeting> mine = meetings.myMeetings();
        List<Meeting> upcoming = mine.stream().filter(m -> m.upcoming(now)).toList();
        List<Meeting> past = mine.stream().filter(m -> !m.upcoming(now)).toList().reversed();
        add(new H1(getTranslation("meetings.mine.title")));
        add(new Paragraph(getTranslation("meetings.mine.intro",
                meetings.settings().contributionsCloseDaysBefore())));
        add(section("meetings.mine.upcoming", "meetings.mine.none-upcoming", upcoming, now));
        add(section("meetings.mine.past", "meetings.mine.none-past", past, now));
    }

    private Section section(String title, String none, List<Meeting> list, Instant now) {
        var section = new Section(new H2(getTranslation(title)));
        if (list.isEmpty()) {
            section.add(new Paragraph(getTranslation(none)));
        }
        var cards = new Div();
        cards.addClassName("fv-meeting-list");
        list.forEach(m -> {
            var card = new MeetingCard(m, now, new H3());
            card.addClassName("fv-card");
            cards.add(card);
        });
        section.add(cards);
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("meetings.mine.title") + " | " + getTranslation("app.name");
    }
}

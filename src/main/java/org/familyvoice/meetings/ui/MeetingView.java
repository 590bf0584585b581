package org.familyvoice.meetings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.familyvoice.base.ui.RouteLookup;
import org.familyvoice.base.Roles;
import org.familyvoice.base.security.CurrentUser;
import org.familyvoice.base.ui.Formats;
import org.familyvoice.base.live.LiveUpdates;
import org.familyvoice.meetings.AfterMeetingService;
import org.familyvoice.meetings.AgendaService;
import org.familyvoice.meetings.Attendee;
import org.familyvoice.meetings.ContributionChanged;
import org.familyvoice.meetings.ContributionService;
import org.familyvoice.meetings.Meeting;
import org.familyvoice.meetings.MeetingId;
import org.familyvoice.meetings.MeetingService;


import java.time.Clock;
import java.time.LocalDate;

/**
 * One meeting: what, when, where and who is invited. Staff who may change it move or cancel it here; a family
 * member sees how long they have left to add their items. Someone else's meeting shows "Page not found".
 */
@Route("meetings/:meetingId")
@RolesAllowed({Roles.PRACTITIONER, Roles.MANAGER, Roles.PARENT, Roles.YOUNG_PERSON})
class MeetingView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final MeetingService meetings;
    private final ContributionService contributions;
    private final AfterMeetingService after;
    private final AgendaService agenda;
    private final Clock clock;
    private final CurrentUser currentUser;
    private boolean family;
    private boolean youngPerson;
    private Meeting meeting;

    MeetingView(MeetingService meetings, ContributionService contributions, CurrentUser currentUser, Clock clock,
                AgendaService agenda, AfterMeetingService after) {
        this.meetings = meetings;
        this.agenda = agenda;
        this.after = after;
        this.contributions = contributions;
        this.clock = clock;
        this.currentUser = currentUser;
        addClassName("fv-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // read on every navigation: the router may reuse this view for the next meeting
        family = Roles.isFamilyRole(currentUser.require().role());
        youngPerson = currentUser.require().hasRole(Roles.YOUNG_PERSON);
        Meeting found = RouteLookup.byId(event, "meetingId", id -> meetings.getMeeting(new MeetingId(id)));
        if (found == null) {
            return;
        }
        meeting = found;
        render();
    }

    private void render() {
        removeAll();
        com.vaadin.flow.component.Component back = family
                ? new RouterLink(getTranslation("meetings.back.mine"), MyMeetingsView.class)
                : new com.vaadin.flow.component.html.Anchor("families/" + meeting.familyId(),
                getTranslation("meetings.back.family"));
        add(back, new H1(MeetingWords.type(this, meeting)));
        if (!family) {
            add(new Paragraph(getTranslation("meetings.detail.family", meeting.familyName())));
        }
        var when = new Paragraph(MeetingWords.when(this, meeting));
        when.addClassName("fv-meeting-when");
        add(when);
        if (meeting.cancelled()) {
            var badge = new Span(getTranslation("meetings.cancelled-badge"));
            badge.addClassNames("fv-badge", "fv-badge-alert");
            add(new Paragraph(badge), new Paragraph(getTranslation("meetings.cancelled-because", meeting.cancelledReason())));
        } else {
            add(MeetingWords.where(this, meeting));
            String left = family ? MeetingWords.daysLeft(this, meeting, clock.instant()) : null;
            if (left != null && meeting.daysLeftToContribute(clock.instant(), Formats.ZONE) >= 0
                    && !contributions.openForMe(meeting.id())) {
                left = getTranslation("contributions.error.published"); // days remain, but the agenda is out
            }
            if (left != null) {
                var p = new Paragraph(left);
                p.addClassName("fv-days-left");
                add(p);
            }
        }
        if (meeting.changeable() && meeting.upcoming(clock.instant())) {
            String day = MeetingWords.day(meeting.startsAt());
            var move = new Button(getTranslation("meetings.move"), e -> new MoveMeetingDialog(meetings, meeting,
                    LocalDate.ofInstant(clock.instant(), Formats.ZONE), this::refresh).open());
            move.setAriaLabel(getTranslation("meetings.move.aria", day));
            var cancel = new Button(getTranslation("meetings.cancel"),
                    e -> CancelMeeting.ask(this, meetings, meeting, this::refresh));
            cancel.setAriaLabel(getTranslation("meetings.cancel.aria", day));
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
            var actions = new Div(move, cancel);
            actions.addClassName("fv-actions");
            add(actions);
        }
        add(new H2(getTranslation("meetings.who")));
        var who = new UnorderedList();
        for (Attendee a : meeting.attendees()) {
            who.add(new ListItem(getTranslation("meetings.attendee", a.name(), a.role())));
        }
        add(who);
        if (family && !meeting.upcoming(clock.instant())) {
            // once it has taken place, what a family member came for is the plan and "how did it go?"; what was
            // on the agenda and what they added follow
            AfterMeetingSections.addTo(this, after, meeting, true, youngPerson, clock.instant());
            add(new FamilyAgenda(agenda, meeting), new ContributionsSection(contributions, meeting, youngPerson));
            return;
        }
        if (family) {
            add(new FamilyAgenda(agenda, meeting), new ContributionsSection(contributions, meeting, youngPerson));
        } else {
            addStaffPart();
        }
        AfterMeetingSections.addTo(this, after, meeting, family, youngPerson, clock.instant());
    }

    private void refresh() {
        meeting = meetings.getMeeting(meeting.id());
        render();
    }

    /**
     * The agenda builder, read again live when a family member adds, changes or withdraws an item for this meeting
     * (pushed after their change commits). What the worker has typed but not saved is kept.
     */
    private void addStaffPart() {
        var builder = new AgendaBuilder(agenda, meeting);
        MeetingId id = meeting.id();
        LiveUpdates.onEvent(builder, ContributionChanged.class, e -> e.meetingId().equals(id), builder::refresh);
        add(builder);
    }

    @Override
    public String getPageTitle() {
        return (meeting == null ? "" : MeetingWords.type(this, meeting) + " | ") + getTranslation("app.name");
    }
}

package org.familyvoice.meetings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.RouteParameters;
import org.familyvoice.base.ui.Formats;
import org.familyvoice.families.Family;
import org.familyvoice.families.FamilyMember;
import org.familyvoice.meetings.Meeting;
import org.familyvoice.meetings.MeetingService;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The "Meetings" part of a family's page for staff: the family's meetings, newest first, paged from the database;
 * the family's worker and manager schedule, move and cancel them here.
 */
public final class FamilyMeetings extends Section {

    private final MeetingService meetings;
    private final Family family;
    private final List<FamilyMember> members;
    private final Clock clock;
    private final Grid<Meeting> grid = new Grid<>();

    public FamilyMeetings(MeetingService meetings, Family family, List<FamilyMember> members, Clock clock) {
        this.meetings = meetings;
        this.family = family;
        this.members = members;
        this.clock = clock;
        addClassName("fv-family-meetings");
        add(new H2(getTranslation("meetings.section")));
        if (family.editable()) {
            var schedule = new Button(getTranslation("meetings.schedule"),
                    e -> new ScheduleMeetingDialog(meetings, family.id(), members, today(), this::refresh).open());
            schedule.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(schedule);
        }
        grid.addColumn(m -> MeetingWords.when(this, m)).setHeader(getTranslation("meetings.col.when"))
                .setKey("when").setFlexGrow(2);
        grid.addColumn(m -> MeetingWords.type(this, m)).setHeader(getTranslation("meetings.col.type")).setKey("type");
        grid.addColumn(m -> m.place() != null ? m.place() : getTranslation("meetings.where.online"))
                .setHeader(getTranslation("meetings.col.where")).setKey("where");
        grid.addColumn(m -> m.cancelled() || m.upcoming(clock.instant())
                        ? getTranslation("meetings.status." + m.status().name()) : getTranslation("meetings.status.PAST"))
                .setHeader(getTranslation("meetings.col.status")).setKey("status");
        grid.addComponentColumn(this::actions).setHeader(getTranslation("staff.actions")).setKey("actions")
                .setAutoWidth(true).setFlexGrow(0).setFrozenToEnd(true);
        // long dates, places and statuses wrap instead of being cut off
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(query -> meetings.meetingsOf(family.id(), query.getOffset(), query.getLimit()).stream(),
                query -> meetings.countMeetingsOf(family.id()));
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("meetings.section"));
        grid.setEmptyStateText(getTranslation("meetings.none.staff"));
        add(grid);
    }

    private Div actions(Meeting m) {
        String day = MeetingWords.day(m.startsAt());
        var open = new RouterLink(getTranslation("meetings.open"), MeetingView.class,
                new RouteParameters("meetingId", m.id().toString()));
        open.getElement().setAttribute("aria-label", getTranslation("meetings.open.aria", day));
        var cell = new Div(open);
        cell.addClassName("fv-actions");
        if (m.changeable() && m.upcoming(clock.instant())) {
            var move = new Button(getTranslation("meetings.move"),
                    e -> new MoveMeetingDialog(meetings, m, today(), this::refresh).open());
            move.setAriaLabel(getTranslation("meetings.move.aria", day));
            move.addThemeVariants(ButtonVariant.LUMO_SMALL);
            var cancel = new Button(getTranslation("meetings.cancel"), e -> CancelMeeting.ask(this, meetings, m, this::refresh));
            cancel.setAriaLabel(getTranslation("meetings.cancel.aria", day));
            cancel.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            cell.add(move, cancel);
        } else if (m.cancelled()) {
            var badge = new Span(getTranslation("meetings.cancelled-badge"));
            badge.addClassName("fv-badge");
            cell.add(badge);
        }
        return cell;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Formats.ZONE);
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
    }
}

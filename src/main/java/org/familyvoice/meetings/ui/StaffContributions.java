package org.familyvoice.meetings.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.familyvoice.meetings.Contribution;
import org.familyvoice.meetings.ContributionService;
import org.familyvoice.meetings.MeetingId;

import java.util.List;

/**
 * Every item the family added, for staff who may read the family: who wrote it, what it is about, how it is heard,
 * and an "Only for you" mark on the items the family member wants only their social worker to see.
 */
class StaffContributions extends Section {

    StaffContributions(ContributionService contributions, MeetingId meetingId) {
        addClassName("fv-contributions");
        add(new H2(getTranslation("contributions.staff.title")));
        List<Contribution> all = contributions.forMeeting(meetingId);
        if (all.isEmpty()) {
            add(new Paragraph(getTranslation("contributions.staff.none")));
            return;
        }
        var list = new UnorderedList();
        list.addClassName("fv-contribution-list");
        for (Contribution c : all) {
            var li = new ListItem();
            li.addClassName("fv-contribution");
            var by = new Span(getTranslation("contributions.staff.by", c.authorName(),
                    getTranslation(c.authorYoungPerson() ? "contributions.role.young" : "contributions.role.parent"))
                    + " · " + getTranslation("contributions.kind." + c.kind().name()));
            by.addClassName("fv-fact-label");
            var words = new Div();
            words.setText(c.text());
            words.addClassName("fv-plain-text");
            li.add(by, words, new Paragraph(getTranslation("contributions.staff.heard-by",
                    getTranslation("contributions.heard-by." + c.heardBy().name()))));
            var badges = new Paragraph();
            if (c.workerOnly()) {
                var badge = new Span(getTranslation("contributions.only-for-you"));
                badge.addClassName("fv-badge");
                badges.add(badge);
            }
            if (c.flagged()) {
                var badge = new Span(getTranslation("contributions.flagged"));
                badge.addClassNames("fv-badge", "fv-badge-alert");
                badges.add(badge);
            }
            if (badges.getChildren().findAny().isPresent()) {
                li.add(badges);
            }
            list.add(li);
        }
        add(list);
    }
}

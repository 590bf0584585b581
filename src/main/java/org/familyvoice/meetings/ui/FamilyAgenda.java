package org.familyvoice.meetings.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import org.familyvoice.meetings.AgendaItem;
import org.familyvoice.meetings.AgendaService;
import org.familyvoice.meetings.Contribution;
import org.familyvoice.meetings.HeardBy;
import org.familyvoice.meetings.Meeting;
import org.familyvoice.meetings.PublishedAgenda;

/**
 * The published agenda for an invited family member: the items in order, in the family's own words, with "You'll say
 * this yourself" where they will, and the printable copy. Their own private items are marked as only for their social
 * worker; other people's private items never reach this page. Nothing shows before the agenda is published.
 */
class FamilyAgenda extends Section {

    FamilyAgenda(AgendaService agenda, Meeting meeting) {
        addClassName("fv-family-agenda");
        PublishedAgenda published = agenda.familyAgenda(meeting.id());
        if (!published.published()) {
            setVisible(false);
            return;
        }
        add(new H2(getTranslation("agenda.family.title")), new Paragraph(getTranslation("agenda.family.intro")),
                new Paragraph(AgendaParts.pdfLink(this, agenda, meeting)));
        var list = new OrderedList();
        list.addClassName("fv-contribution-list");
        int n = 0;
        for (AgendaItem item : published.items()) {
            n++;
            var li = AgendaParts.card();
            li.addClassName("fv-agenda-item");
            li.add(new H3(AgendaParts.heading(this, n, item)));
            if (item.practitioners()) {
                li.add(AgendaParts.words(String.valueOf(item.staffText())));
            }
            for (Contribution q : item.quotes()) {
                var by = new Span(q.mine() ? getTranslation("agenda.family.you-wrote")
                        : getTranslation("agenda.family.wrote", q.authorName()));
                by.addClassName("fv-fact-label");
                li.add(by, AgendaParts.words(q.text()));
                var marks = new Paragraph();
                if (q.authorYoungPerson() && q.heardBy() == HeardBy.SELF) {
                    marks.add(AgendaParts.badge(q.mine() ? getTranslation("agenda.family.yourself")
                            : getTranslation("agenda.family.themselves", q.authorName()), false));
                }
                if (q.mine() && q.workerOnly()) {
                    marks.add(AgendaParts.badge(getTranslation("contributions.only-me"), false));
                }
                if (marks.getChildren().findAny().isPresent()) {
                    li.add(marks);
                }
            }
            list.add(li);
        }
        add(list);
    }
}

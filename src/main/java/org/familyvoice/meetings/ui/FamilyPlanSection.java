package org.familyvoice.meetings.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import org.familyvoice.meetings.MeetingOutcomes;
import org.familyvoice.meetings.PlanAction;
import org.familyvoice.meetings.PlanItem;
import org.familyvoice.meetings.PlanQuote;

/**
 * "Your plan", for an invited family member once the worker has shared it, in plain language: what was talked about
 * (their own and the shared words only, as the service gives them) and what was decided, who will do what by when,
 * and roughly when the next review is. A young person reads plainer words.
 */
class FamilyPlanSection extends Section {

    FamilyPlanSection(MeetingOutcomes plan, boolean youngPerson) {
        String age = youngPerson ? "young" : "adult";
        addClassName("fv-family-plan");
        add(new H2(getTranslation("plan.title." + age)));
        add(new Paragraph(getTranslation("plan.intro." + age, PlanWords.day(plan.meetingDay()))));

        add(new H3(getTranslation("plan.talked." + age)));
        var items = new UnorderedList();
        items.addClassName("fv-plan-items");
        for (PlanItem item : plan.items()) {
            var li = new ListItem();
            li.addClassName("fv-plan-item");
            if (item.practitionerItem()) {
                li.add(PlanWords.label(getTranslation("plan.worker-raised." + age)), PlanWords.plainText(item.staffText()));
            }
            for (PlanQuote q : item.quotes()) {
                String who = q.mine() ? getTranslation("plan.you-said." + age) : getTranslation("plan.someone-said", q.authorName());
                li.add(new Div(PlanWords.label(who), PlanWords.plainText(q.text())));
            }
            li.add(PlanWords.label(getTranslation("plan.decided." + age)));
            li.add(item.outcome() == null ? new Paragraph(getTranslation("plan.decided.none." + age))
                    : PlanWords.plainText(item.outcome()));
            items.add(li);
        }
        if (plan.items().isEmpty()) {
            add(new Paragraph(getTranslation("plan.talked.none." + age)));
        } else {
            add(items);
        }

        add(new H3(getTranslation("plan.who-what-when." + age)));
        if (plan.actions().isEmpty()) {
            add(new Paragraph(getTranslation("plan.actions.none." + age)));
        } else {
            var actions = new UnorderedList();
            actions.addClassName("fv-plan-actions");
            for (PlanAction a : plan.actions()) {
                var li = new ListItem();
                li.setText(PlanWords.action(this, a));
                li.addClassName("fv-plan-action");
                actions.add(li);
            }
            add(actions);
        }

        add(new H3(getTranslation("plan.review." + age)));
        var review = new Paragraph(plan.nextReviewOn() == null ? getTranslation("plan.review.none." + age)
                : getTranslation("plan.review.around", PlanWords.day(plan.nextReviewOn())));
        review.addClassName("fv-plan-review");
        add(review);
    }
}

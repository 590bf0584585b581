package org.familyvoice.meetings.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.familyvoice.base.UserFacingException;
import org.familyvoice.base.ui.Confirm;
import org.familyvoice.base.ui.Formats;
import org.familyvoice.base.ui.Notices;
import org.familyvoice.meetings.AfterMeetingService;
import org.familyvoice.meetings.MeetingId;
import org.familyvoice.meetings.MeetingOutcomes;
import org.familyvoice.meetings.PlanItem;
import org.familyvoice.meetings.PlanQuote;

import org.jspecify.annotations.Nullable;

import java.util.function.LongSupplier;

/**
 * "Outcomes and actions", for staff once the meeting has started: the family's worker and their manager record what
 * was decided for each agenda item, the actions agreed and the next review, and share the plan with the family; the
 * rest of the team reads it. Every change is made against the agenda as last seen: if someone else changed it in
 * between, the message says so and the editor shows the agenda as it is now.
 */
class OutcomesEditor extends Section {

    private final AfterMeetingService after;
    private final MeetingId meetingId;
    private MeetingOutcomes current;

    OutcomesEditor(AfterMeetingService after, MeetingId meetingId) {
        this.after = after;
        this.meetingId = meetingId;
        addClassName("fv-outcomes");
        reload();
    }

    /** Reads the plan as it is now and shows it. */
    void reload() {
        current = after.outcomes(meetingId);
        render();
    }

    private void render() {
        removeAll();
        add(new H2(getTranslation("outcomes.title")));
        if (current.shared()) {
            var shared = new Paragraph(getTranslation("outcomes.shared-on", Formats.dateTime(current.sharedAt())));
            shared.addClassName("fv-outcomes-shared");
            add(shared);
        }
        add(new Paragraph(getTranslation(current.editable() ? "outcomes.intro" : "outcomes.intro.read-only")));

        add(new H3(getTranslation("outcomes.items")));
        if (current.items().isEmpty()) {
            add(new Paragraph(getTranslation("outcomes.items.none")));
        } else {
            var list = new OrderedList();
            list.addClassName("fv-outcome-list");
            int n = 1;
            for (PlanItem item : current.items()) {
                list.add(item(item, n++));
            }
            add(list);
        }
        add(new PlanActionsEditor(this, after, current));
        add(nextReview());
        if (current.editable() && !current.shared()) {
            var share = new Button(getTranslation("outcomes.share"), e -> Confirm.ask(this,
                    getTranslation("outcomes.share.title"), getTranslation("outcomes.share.text"),
                    getTranslation("outcomes.share.confirm"),
                    () -> change(() -> after.sharePlan(meetingId, current.agendaVersion()), "outcomes.shared", null)));
            share.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            var actions = new Div(share);
            actions.addClassName("fv-actions");
            add(actions);
        }
    }

    private ListItem item(PlanItem item, int n) {
        var li = new ListItem();
        li.addClassName("fv-outcome-item");
        String what = item.kind() == null ? getTranslation("outcomes.item.staff")
                : getTranslation("contributions.kind." + item.kind().name());
        li.add(PlanWords.label(getTranslation("outcomes.item", n, what)));
        if (item.practitionerItem()) {
            li.add(PlanWords.plainText(item.staffText()));
        }
        for (PlanQuote q : item.quotes()) {
            var quote = new Div(PlanWords.label(getTranslation("outcomes.quote.by", q.authorName(),
                    getTranslation(q.authorYoungPerson() ? "contributions.role.young" : "contributions.role.parent"))),
                    PlanWords.plainText(q.text()));
            if (q.workerOnly()) {
                quote.add(PlanWords.badge(this, "contributions.only-for-you", false));
            }
            quote.addClassName("fv-outcome-quote");
            li.add(quote);
        }
        if (!current.editable()) {
            li.add(PlanWords.label(getTranslation("outcomes.outcome.label")),
                    item.outcome() == null ? new Paragraph(getTranslation("outcomes.outcome.none"))
                            : PlanWords.plainText(item.outcome()));
            return li;
        }
        var outcome = new TextArea(getTranslation("outcomes.outcome", n));
        outcome.setMaxLength(AfterMeetingService.MAX_OUTCOME);
        outcome.setWidthFull();
        outcome.setMinRows(2);
        outcome.setValueChangeMode(ValueChangeMode.LAZY);
        if (item.quotes().stream().anyMatch(PlanQuote::workerOnly)) {
            outcome.setHelperText(getTranslation("outcomes.outcome.private-help"));
        }
        outcome.setValue(item.outcome() == null ? "" : item.outcome());
        outcome.addValueChangeListener(e -> outcome.setInvalid(false));
        var save = new Button(getTranslation("outcomes.outcome.save"), e -> change(
                () -> after.recordOutcome(meetingId, current.agendaVersion(), item.id(), outcome.getValue()),
                "outcomes.outcome.saved", outcome));
        save.setAriaLabel(getTranslation("outcomes.outcome.save.aria", n));
        var actions = new Div(save);
        actions.addClassName("fv-actions");
        li.add(outcome, actions);
        return li;
    }

    private Component nextReview() {
        var part = new Div(new H3(getTranslation("outcomes.review")));
        if (!current.editable()) {
            part.add(new Paragraph(current.nextReviewOn() == null ? getTranslation("outcomes.review.none")
                    : PlanWords.day(current.nextReviewOn())));
            return part;
        }
        var review = PlanWords.datePicker(this, "outcomes.review.date");
        review.setMin(current.meetingDay().plusDays(1));
        review.setValue(current.nextReviewOn());
        var save = new Button(getTranslation("outcomes.review.save"), e -> change(
                () -> after.setNextReview(meetingId, current.agendaVersion(), review.getValue()),
                "outcomes.review.saved", review));
        var form = new Div(review, save);
        form.addClassName("fv-inline-form");
        part.add(form);
        return part;
    }

    /**
     * Makes one change and shows the plan as it is now. A message about the input stays on {@code field} with what was
     * typed; a change made by someone else in between reloads the plan.
     */
    void change(LongSupplier call, String doneKey, @Nullable HasValidation field) {
        try {
            call.getAsLong();
            Notices.success(this, doneKey);
            reload();
        } catch (UserFacingException ex) {
            Notices.error(this, ex);
            if (field != null && !ex.messageKey().equals("agenda.error.changed")
                    && !ex.messageKey().equals("after.error.cancelled")) {
                field.setErrorMessage(getTranslation(ex.messageKey(), ex.args()));
                field.setInvalid(true);
            } else {
                reload();
            }
        }
    }
}

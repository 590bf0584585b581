package org.familyvoice.feedback.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.familyvoice.base.Roles;
import org.familyvoice.base.UserFacingException;
import org.familyvoice.base.security.CurrentUser;
import org.familyvoice.base.security.FamilyVoiceUser;
import org.familyvoice.base.ui.Formats;
import org.familyvoice.base.ui.RouteLookup;
import org.familyvoice.base.ui.Notices;
import org.familyvoice.feedback.Feedback;
import org.familyvoice.feedback.FeedbackId;
import org.familyvoice.feedback.FeedbackReply;
import org.familyvoice.feedback.FeedbackService;
import org.familyvoice.feedback.FeedbackSource;
import org.familyvoice.feedback.FeedbackStatus;
import org.jspecify.annotations.Nullable;


/**
 * One piece of feedback as the staff it concerns see it: the answers in words, the person's own text exactly as
 * written, what they agreed to, and the replies. Marking it read and replying happen here.
 */
@Route("feedback/:feedbackId")
@RolesAllowed({Roles.PRACTITIONER, Roles.MANAGER})
class FeedbackDetailView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final FeedbackService service;
    private final CurrentUser currentUser;
    private Feedback feedback;
    /** Kept across re-renders, so a refused reply is never lost. */
    private @Nullable TextArea replyText;

    FeedbackDetailView(FeedbackService service, CurrentUser currentUser) {
        this.service = service;
        this.currentUser = currentUser;
        addClassName("fv-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Feedback found = RouteLookup.byId(event, "feedbackId", id -> service.open(new FeedbackId(id)));
        if (found == null) {
            return;
        }
        feedback = found;
        render();
    }

    private void render() {
        removeAll();
        var back = new RouterLink(getTranslation("feedback-staff.detail.back"), FeedbackListView.class);
        add(back, new H1(getTranslation("feedback-staff.detail.title", feedback.reference())));
        if (feedback.flagged()) {
            add(flaggedNote());
        }
        add(facts());
        if (feedback.status() == FeedbackStatus.RECEIVED) {
            var markRead = new Button(getTranslation("feedback-staff.detail.mark-read"), e -> markRead());
            add(new Div(markRead));
        }
        add(statements(), words(), consents(), replies());
        if (feedback.canReply()) {
            add(replyForm());
        }
    }

    private Component flaggedNote() {
        var note = new Div(Parts.badge(this, "feedback-staff.flagged", "fv-badge-alert"),
                new Paragraph(getTranslation("feedback-staff.detail.flagged")));
        note.addClassNames("fv-card", "fv-notice");
        FamilyVoiceUser me = currentUser.require();
        if (me.hasRole(Roles.MANAGER) || me.onDuty()) {
            note.add(new RouterLink(getTranslation("feedback-staff.detail.flagged.link"), DutyQueueView.class));
        }
        return note;
    }

    private Div facts() {
        var facts = new Div(
                Parts.fact(this, "feedback-staff.reference", feedback.reference()),
                Parts.fact(this, "feedback-staff.detail.when", Formats.dateTime(feedback.submittedAt())),
                Parts.fact(this, "feedback-staff.detail.who", feedback.authorName() == null
                        ? getTranslation("feedback-staff.anonymous")
                        : getTranslation("feedback-staff.detail.who.named", feedback.authorName(),
                        getTranslation("feedback-staff.source." + feedback.source().name()))),
                Parts.fact(this, "feedback-staff.family", family()),
                Parts.fact(this, "feedback-staff.detail.team", feedback.teamName() == null
                        ? getTranslation("feedback-staff.detail.no-team") : feedback.teamName()),
                Parts.fact(this, "feedback-staff.about",
                        getTranslation("feedback-staff.about." + feedback.about().name())),
                Parts.fact(this, "feedback-staff.status",
                        getTranslation("feedback-staff.status." + feedback.status().name())));
        if (feedback.practitionerName() != null) {
            facts.add(Parts.fact(this, "feedback-staff.detail.practitioner", feedback.practitionerName()));
        }
        if (feedback.replyExpectedBy() != null && feedback.status() != FeedbackStatus.REPLIED) {
            facts.add(Parts.fact(this, "feedback-staff.detail.reply-by", Formats.dateTime(feedback.replyExpectedBy())));
        }
        facts.addClassName("fv-facts");
        if (feedback.aboutDetail() != null) {
            var detail = Parts.fact(this, "feedback-staff.detail.about-detail", Parts.plainText(feedback.aboutDetail()));
            return new Div(facts, detail);
        }
        return facts;
    }

    private Component family() {
        if (feedback.familyId() == null) {
            return new Span(getTranslation("feedback-staff.anonymous"));
        }
        return new Anchor("families/" + feedback.familyId(),
                feedback.familyName() == null ? feedback.familyId().toString() : feedback.familyName());
    }

    private Div statements() {
        var section = new Div(new H2(getTranslation("feedback-staff.detail.statements")));
        var list = new Div(
                Parts.fact(this, "feedback-staff.statement.listened", FeedbackWords.rating(this, feedback.listened())),
                Parts.fact(this, "feedback-staff.statement.understood", FeedbackWords.rating(this, feedback.understood())),
                Parts.fact(this, "feedback-staff.statement.respected", FeedbackWords.rating(this, feedback.respected())));
        list.addClassName("fv-facts");
        section.add(list);
        return section;
    }

    private Div words() {
        var section = new Div(new H2(getTranslation("feedback-staff.detail.words")));
        section.add(said("feedback-staff.went-well", feedback.wentWell()),
                said("feedback-staff.could-be-better", feedback.couldBeBetter()));
        return section;
    }

    private Div said(String questionKey, @Nullable String text) {
        var card = new Div(new H3(getTranslation(questionKey)));
        card.addClassName("fv-card");
        if (text == null) {
            var none = new Paragraph(getTranslation("feedback-staff.no-text"));
            none.addClassName("fv-hint");
            card.add(none);
        } else {
            card.add(Parts.plainText(text));
        }
        return card;
    }

    private Div consents() {
        var section = new Div(new H2(getTranslation("feedback-staff.detail.consents")),
                new Paragraph(getTranslation(feedback.mayContact() ? "feedback-staff.detail.may-contact.yes"
                        : "feedback-staff.detail.may-contact.no")),
                new Paragraph(getTranslation(feedback.mayUseWords() ? "feedback-staff.detail.may-use-words.yes"
                        : "feedback-staff.detail.may-use-words.no")));
        if (feedback.source() == FeedbackSource.ANONYMOUS && feedback.contactDetails() != null) {
            section.add(Parts.fact(this, "feedback-staff.detail.contact", Parts.plainText(feedback.contactDetails())));
        }
        return section;
    }

    private Div replies() {
        var section = new Div(new H2(getTranslation("feedback-staff.detail.replies")));
        if (feedback.replies().isEmpty()) {
            section.add(new Paragraph(getTranslation("feedback-staff.detail.no-replies")));
        }
        for (FeedbackReply reply : feedback.replies()) {
            var meta = new Span(getTranslation("feedback-staff.detail.reply-meta", reply.authorName(),
                    Formats.dateTime(reply.sentAt())));
            meta.addClassName("fv-fact-label");
            var card = new Div(meta, Parts.plainText(reply.text()));
            card.addClassNames("fv-card", "fv-reply");
            section.add(card);
        }
        return section;
    }

    private Div replyForm() {
        boolean anonymous = feedback.source() == FeedbackSource.ANONYMOUS;
        if (replyText == null) {
            replyText = Parts.countedTextArea(this, "feedback-staff.detail.reply", FeedbackService.MAX_TEXT);
        }
        var explain = new Paragraph(getTranslation(anonymous ? "feedback-staff.detail.reply.anonymous"
                : "feedback-staff.detail.reply.family"));
        var send = new Button(getTranslation(anonymous ? "feedback-staff.detail.reply.record"
                : "feedback-staff.detail.reply.send"), e -> reply());
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new Div(explain, replyText, send);
        form.addClassName("fv-card");
        return form;
    }

    private void markRead() {
        feedback = service.markRead(feedback.id());
        Notices.success(this, "feedback-staff.detail.marked-read", feedback.reference());
        render();
    }

    private void reply() {
        TextArea area = replyText;
        if (area == null) {
            return;
        }
        try {
            feedback = service.reply(feedback.id(), area.getValue());
        } catch (UserFacingException ex) {
            area.setErrorMessage(getTranslation(ex.messageKey(), ex.args()));
            area.setInvalid(true);
            area.focus();
            return;
        }
        area.clear();
        Notices.success(this, "feedback-staff.detail.replied", feedback.reference());
        render();
    }

    @Override
    public String getPageTitle() {
        return (feedback == null ? "" : getTranslation("feedback-staff.detail.title", feedback.reference()) + " | ")
                + getTranslation("app.name");
    }
}

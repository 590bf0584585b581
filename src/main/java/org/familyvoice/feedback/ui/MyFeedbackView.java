package org.familyvoice.feedback.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.familyvoice.base.ContactNumbers;
import org.familyvoice.base.ui.Confirm;
import org.familyvoice.base.ui.Notices;
import org.familyvoice.base.Roles;
import org.familyvoice.base.security.CurrentUser;
import org.familyvoice.base.ui.Formats;
import org.familyvoice.base.ui.HelpNow;
import org.familyvoice.feedback.Feedback;
import org.familyvoice.feedback.FeedbackReply;
import org.familyvoice.feedback.FeedbackService;
import org.jspecify.annotations.Nullable;

import java.util.List;

/** "My feedback": what this person has sent, where it has got to (received, read, replied) and any reply. */
@Route("my-feedback")
@RolesAllowed({Roles.PARENT, Roles.YOUNG_PERSON})
@Menu(order = 2, icon = "vaadin:comment-ellipsis-o", title = "menu.my-feedback")
class MyFeedbackView extends Main implements HasDynamicTitle {

    static final int PAGE = 20;

    private final FeedbackService feedback;
    private final boolean young;
    private final Div list = new Div();
    private final Button more = new Button();
    private int shown;

    MyFeedbackView(FeedbackService feedback, CurrentUser currentUser, ContactNumbers numbers) {
        this.feedback = feedback;
        this.young = currentUser.require().hasRole(Roles.YOUNG_PERSON);
        String voice = young ? "young" : "adult";
        addClassName("fv-page");
        var give = new Button(getTranslation("feedback.give.button." + voice),
                e -> getUI().ifPresent(ui -> ui.navigate(GiveFeedbackView.class)));
        give.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var header = new Div(new H1(getTranslation("menu.my-feedback")), give);
        header.addClassName("fv-page-header");
        add(header);
        list.addClassName("fv-feedback-list");
        more.setText(getTranslation("feedback.mine.more"));
        more.addClickListener(e -> showMore());
        var content = new Div(new HelpNow(numbers, young), new Section(list, more));
        content.addClassName("fv-feedback-layout");
        add(content);
        showMore();
        if (shown == 0) {
            list.add(new Paragraph(getTranslation("feedback.mine.none." + voice)));
        }
    }

    private void showMore() {
        List<Feedback> page = feedback.myFeedback(shown, PAGE);
        var withdrawn = feedback.myWordsWithdrawn(page.stream().map(Feedback::id).toList());
        page.forEach(f -> {
            var card = card(f);
            var when = withdrawn.get(f.id());
            if (when != null && !f.mayUseWords()) {
                var said = new Paragraph(getTranslation("feedback.consent.withdrawn-on", Formats.date(when)));
                said.addClassName("fv-consent");
                card.add(said);
            }
            list.add(card);
        });
        shown += page.size();
        more.setVisible(shown < feedback.countMyFeedback());
    }

    private Article card(Feedback f) {
        String voice = young ? "young" : "adult";
        var card = new Article();
        card.addClassNames("fv-card", "fv-feedback-item");
        var title = new H2(getTranslation("feedback.mine.item", Formats.date(f.submittedAt()),
                getTranslation("feedback.about." + f.about().name() + "." + voice)));
        var status = new Span(getTranslation("feedback.status." + f.status().name()));
        status.addClassNames("fv-badge", "fv-status-" + f.status().name().toLowerCase(java.util.Locale.ROOT));
        var meta = new Paragraph(new Span(getTranslation("feedback.mine.reference", f.reference()) + " · "),
                new Span(getTranslation("feedback.mine.status") + " "), status);
        card.add(title, meta);
        if (f.aboutDetail() != null) {
            card.add(words(getTranslation("feedback.about.detail." + voice), f.aboutDetail()));
        }
        rating(card, "listened", f.listened());
        rating(card, "understood", f.understood());
        rating(card, "respected", f.respected());
        if (f.wentWell() != null) {
            card.add(words(getTranslation("feedback.went-well." + voice), f.wentWell()));
        }
        if (f.couldBeBetter() != null) {
            card.add(words(getTranslation("feedback.could-be-better." + voice), f.couldBeBetter()));
        }
        if (f.mayContact() && f.replies().isEmpty() && f.replyExpectedBy() != null) {
            card.add(new Paragraph(getTranslation("feedback.reply-by." + voice, Formats.date(f.replyExpectedBy()))));
        }
        if (f.mayUseWords() && (f.wentWell() != null || f.couldBeBetter() != null)) {
            card.add(consent(f));
        }
        for (FeedbackReply r : f.replies()) {
            var reply = new Div(new H3(getTranslation("feedback.mine.reply", r.authorName(), Formats.dateTime(r.sentAt()))),
                    text(r.text()));
            reply.addClassName("fv-reply");
            card.add(reply);
        }
        return card;
    }

    /** Their permission to use the words, and a way to take it back (it cannot be given again afterwards). */
    private Div consent(Feedback f) {
        var said = new Paragraph(getTranslation("feedback.consent.in-use"));
        var box = new Div(said);
        box.addClassName("fv-consent");
        var withdraw = new Button(getTranslation("feedback.consent.withdraw"));
        withdraw.setAriaLabel(getTranslation("feedback.consent.withdraw.aria", f.reference()));
        withdraw.addClickListener(e -> Confirm.ask(this, getTranslation("feedback.consent.withdraw.header"),
                getTranslation("feedback.consent.withdraw.confirm"), getTranslation("feedback.consent.withdraw"), () -> {
                    feedback.withdrawWordsConsent(f.id());
                    said.setText(getTranslation("feedback.consent.withdrawn"));
                    withdraw.setVisible(false);
                    Notices.success(this, "feedback.consent.withdrawn");
                }));
        box.add(withdraw);
        return box;
    }

    private void rating(com.vaadin.flow.component.HasComponents card, String statement, @Nullable Integer value) {
        if (value != null) {
            var p = new Paragraph(new Span(getTranslation("feedback.statement." + statement + "." + (young ? "young" : "adult")) + ": "),
                    RatingQuestion.face(value), new Span(" " + RatingQuestion.answer(this, value, young)));
            p.addClassName("fv-rating-answer");
            card.add(p);
        }
    }

    private Div words(String label, String value) {
        var l = new Span(label);
        l.addClassName("fv-fact-label");
        var d = new Div(l, text(value));
        d.addClassName("fv-words");
        return d;
    }

    private static Paragraph text(String value) {
        var p = new Paragraph(value);
        p.addClassName("fv-user-text");
        return p;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.my-feedback") + " | " + getTranslation("app.name");
    }
}

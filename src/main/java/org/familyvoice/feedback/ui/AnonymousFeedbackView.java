package org.familyvoice.feedback.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.familyvoice.accounts.AccountService;
import org.familyvoice.base.ContactNumbers;
import org.familyvoice.base.audit.AuditLog;
import org.familyvoice.base.ui.HelpNow;
import org.familyvoice.feedback.FeedbackService;

/**
 * Feedback without an account, linked from the sign-in page: the same questions, an optional team, an optional
 * way to be contacted. Limited per client address; nothing here says who anyone is.
 */
@Route(value = "tell-us", autoLayout = false)
@AnonymousAllowed
class AnonymousFeedbackView extends Main implements HasDynamicTitle {

    AnonymousFeedbackView(FeedbackService feedback, AccountService accounts, ContactNumbers numbers) {
        addClassNames("fv-page", "fv-feedback-page", "fv-public-page");
        add(new Paragraph(getTranslation("app.name")));
        add(new H1(getTranslation("feedback.anonymous.title")));
        add(new Paragraph(getTranslation("feedback.anonymous.intro")));
        var content = new Div();
        content.addClassName("fv-feedback-layout");
        var help = new HelpNow(numbers, true);
        var form = new FeedbackFormPanel(false, true, accounts.publicTeams(), "fv-feedback-draft:anonymous",
                f -> feedback.giveAnonymously(f, AuditLog.clientAddress()),
                (receipt, sent) -> {
                    content.removeAll();
                    content.add(help, new ReceiptPanel(receipt, false, true, sent.mayContact()));
                });
        content.add(help, form);
        add(content, new Anchor("login", getTranslation("feedback.anonymous.sign-in")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("feedback.anonymous.title") + " | " + getTranslation("app.name");
    }
}

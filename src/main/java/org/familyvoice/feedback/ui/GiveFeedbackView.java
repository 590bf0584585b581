package org.familyvoice.feedback.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.familyvoice.base.ContactNumbers;
import org.familyvoice.base.Roles;
import org.familyvoice.base.security.CurrentUser;
import org.familyvoice.base.security.FamilyVoiceUser;
import org.familyvoice.base.ui.HelpNow;
import org.familyvoice.feedback.FeedbackService;

import java.util.List;

/** A parent, carer or young person tells the service how it was. Young people get plainer words and larger faces. */
@Route("my-feedback/new")
@RolesAllowed({Roles.PARENT, Roles.YOUNG_PERSON})
class GiveFeedbackView extends Main implements HasDynamicTitle {

    GiveFeedbackView(FeedbackService feedback, CurrentUser currentUser, ContactNumbers numbers) {
        addClassNames("fv-page", "fv-feedback-page");
        FamilyVoiceUser me = currentUser.require();
        boolean young = me.hasRole(Roles.YOUNG_PERSON);
        String voice = young ? "young" : "adult";
        add(new H1(getTranslation("feedback.give.title." + voice)));
        add(new Paragraph(getTranslation("feedback.give.intro." + voice)));
        var content = new Div();
        content.addClassName("fv-feedback-layout");
        var help = new HelpNow(numbers, young);
        var form = new FeedbackFormPanel(young, false, List.of(), "fv-feedback-draft:" + me.id(), feedback::give,
                (receipt, sent) -> {
                    content.removeAll();
                    var more = new Div(new Anchor("my-feedback", getTranslation("feedback.see-mine." + voice)));
                    more.addClassName("fv-actions");
                    content.add(help, new Div(new ReceiptPanel(receipt, young, false, sent.mayContact()), more));
                });
        content.add(help, form);
        add(content);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.give-feedback") + " | " + getTranslation("app.name");
    }
}

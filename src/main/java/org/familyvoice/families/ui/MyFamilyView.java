package org.familyvoice.families.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.familyvoice.base.ContactNumbers;
import org.familyvoice.base.Roles;
import org.familyvoice.base.security.CurrentUser;
import org.familyvoice.base.security.FamilyVoiceUser;
import org.familyvoice.base.ui.HelpNow;
import org.familyvoice.families.Family;
import org.familyvoice.families.FamilyMember;
import org.familyvoice.families.FamilyService;
import org.familyvoice.meetings.MeetingService;
import org.familyvoice.meetings.ui.YourMeetingsCard;

import java.time.Clock;

/** Home for parents, carers and young people: their meetings, who is in their family and who their worker is. */
@Route("my-family")
@RolesAllowed({Roles.PARENT, Roles.YOUNG_PERSON})
@Menu(order = 1, icon = "vaadin:home", title = "menu.my-family")
class MyFamilyView extends Main implements HasDynamicTitle {

    MyFamilyView(FamilyService families, CurrentUser currentUser, ContactNumbers numbers, MeetingService meetings,
                 Clock clock) {
        addClassName("fv-page");
        FamilyVoiceUser me = currentUser.require();
        boolean young = me.hasRole(Roles.YOUNG_PERSON);
        Family family = families.myFamily();
        add(new H1(getTranslation(young ? "home.young.welcome" : "home.parent.welcome", me.displayName())));
        add(new Paragraph(getTranslation(young ? "home.young.intro" : "home.parent.intro")));

        var worker = new Div(new H2(getTranslation(young ? "home.young.worker" : "home.parent.worker")),
                new Paragraph(family.allocatedPractitionerName()),
                new Paragraph(getTranslation("home.team", family.teamName())));
        worker.addClassName("fv-card");

        var list = new UnorderedList();
        for (FamilyMember m : families.members(family.id())) {
            list.add(new ListItem(getTranslation("home.member", m.name(), m.relationship())));
        }
        var members = new Div(new H2(getTranslation(young ? "home.young.family" : "home.parent.family",
                family.displayName())), list);
        members.addClassName("fv-card");

        var next = new Div(new H2(getTranslation("home.next.title")),
                new Paragraph(getTranslation(young ? "home.young.next" : "home.parent.next")));
        next.addClassName("fv-card");

        var feedback = new Div(new H2(getTranslation("home.feedback.title")),
                new Paragraph(getTranslation(young ? "home.feedback.text.young" : "home.feedback.text.adult")),
                new Anchor("my-feedback/new", getTranslation(young ? "feedback.give.button.young" : "feedback.give.button.adult")));
        feedback.addClassName("fv-card");

        var help = new HelpNow(numbers, young);

        var cards = new Div(new YourMeetingsCard(meetings, clock), worker, members, feedback, next, help);
        cards.addClassName("fv-cards");
        add(cards);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.my-family") + " | " + getTranslation("app.name");
    }
}

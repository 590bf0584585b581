package org.familyvoice.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.familyvoice.base.ContactNumbers;

/**
 * "Need help now?": 999, the council's children's services and out-of-hours numbers, and for young people
 * Childline. Shown on families' pages, always in the same words; each number can be tapped to call.
 */
public class HelpNow extends Aside {

    public HelpNow(ContactNumbers numbers, boolean youngPerson) {
        addClassNames("fv-card", "fv-help");
        var heading = new H2(getTranslation("help.title"));
        heading.setId("help-now-heading");
        getElement().setAttribute("aria-labelledby", "help-now-heading");
        add(heading, line("help.emergency", "999"), line("help.front-door", numbers.frontDoor()),
                line("help.out-of-hours", numbers.outOfHours()));
        if (youngPerson) {
            add(line("help.childline", "0800 1111"));
        }
    }

    private Paragraph line(String key, String number) {
        var call = new Anchor("tel:" + number.replaceAll("[^0-9+]", ""), number);
        call.addClassName("fv-tel");
        return new Paragraph(new Span(getTranslation(key) + " "), call);
    }
}

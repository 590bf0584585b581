package org.familyvoice.themes.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

import java.util.List;

/** What in a link's address could not be used, and what the page shows instead; hidden when the link was fine. */
class LinkNotice extends Div {

    LinkNotice() {
        addClassNames("fv-card", "fv-notice", "fv-themes-link-notice");
        getElement().setAttribute("role", "alert");
        setVisible(false);
    }

    void show(List<DashboardQuery.Problem> problems, String period) {
        removeAll();
        setVisible(!problems.isEmpty());
        if (problems.isEmpty()) {
            return;
        }
        add(new Paragraph(getTranslation("themes.link.intro")));
        var list = new UnorderedList();
        for (DashboardQuery.Problem p : problems) {
            // what was in the address is shown as text, never as HTML
            list.add(new ListItem(getTranslation(p.key(), p.args())));
        }
        add(list, new Paragraph(getTranslation("themes.link.showing", period)));
    }
}

package org.familyvoice.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;

/** The one "not found" page, shared by the error views for missing and for forbidden pages. */
abstract class NotFoundPage extends Main implements HasDynamicTitle {

    NotFoundPage() {
        addClassName("fv-page");
        add(new H1(getTranslation("notfound.title")), new Paragraph(getTranslation("notfound.text")),
                new Anchor("", getTranslation("notfound.home")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notfound.title") + " | " + getTranslation("app.name");
    }
}

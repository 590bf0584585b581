package org.familyvoice.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.familyvoice.base.web.RequestIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replaces Vaadin's {@code InternalServerError} for a page that failed to open: calm words, the reference to quote
 * and a link home, never the exception, its message or a stack trace. The exception is logged here, once, with the
 * same reference, so support can find it from what the person reads out.
 */
@AnonymousAllowed
public class ServerErrorView extends Main implements HasErrorParameter<Exception>, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(ServerErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String reference = RequestIds.currentOrNew();
        log.error("Unexpected error opening /{} (reference {})", event.getLocation().getPath(), reference,
                parameter.getCaughtException());
        removeAll();
        addClassName("fv-page");
        var code = new Span(reference);
        code.addClassName("fv-reference");
        add(new H1(getTranslation("error.title")), new Paragraph(getTranslation("error.page.text")),
                new Paragraph(new Span(getTranslation("error.reference") + " "), code),
                new Paragraph(getTranslation("layout.emergency")),
                new Anchor("", getTranslation("notfound.home")));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.title") + " | " + getTranslation("app.name");
    }
}

package org.familyvoice.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;

/**
 * A service refusing the person while a page opens (another family's id in the address that a page did not catch)
 * shows "Page not found", as {@link RouteLookup} does: never the calm "something went wrong" page, which would log
 * a refusal as a fault and tell the person the page exists. Refusals are audited where they are decided.
 */
@AnonymousAllowed
public class RefusedView extends NotFoundPage implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return HttpServletResponse.SC_NOT_FOUND;
    }
}

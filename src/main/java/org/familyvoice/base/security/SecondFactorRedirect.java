package org.familyvoice.base.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * For a sign-in waiting for its second step, any navigation inside the running app (a link, the back button, an
 * address typed after the page has loaded) goes to the two-step page rather than to the "not found" page that
 * {@link SecondFactorNavigationChecker}'s refusal would show.
 */
@Component
class SecondFactorRedirect implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(enter -> {
            if (org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication()
                    instanceof SecondFactorPending
                    && !SecondFactorNavigationChecker.OPEN_ROUTES.contains(enter.getLocation().getPath())) {
                enter.forwardTo(SecondFactorRoutes.TWO_STEP);
            }
        }));
    }
}

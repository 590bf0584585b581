package org.familyvoice.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandlerUtil;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.familyvoice.base.web.RequestIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * For every Vaadin session: an exception from a button, a field or a background update on an open page is logged
 * with the request's reference and the person is told, calmly, with that reference, that what they did may not have
 * worked. Vaadin's default handler would log it without a reference and, in production, tell the person nothing.
 */
@org.springframework.stereotype.Component
class UnexpectedErrors implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(new Handler()));
    }

    static final class Handler extends DefaultErrorHandler {

        private static final Logger log = LoggerFactory.getLogger(UnexpectedErrors.class);

        @Override
        public void error(ErrorEvent event) {
            Throwable relevant = findRelevantThrowable(event.getThrowable());
            // a closed connection is not a fault; an error view made for exactly this exception is shown as Vaadin does
            if (!shouldHandle(relevant) || ErrorHandlerUtil.handleErrorByRedirectingToErrorView(relevant)) {
                return;
            }
            String reference = RequestIds.currentOrNew();
            log.error("Unexpected error on an open page (reference {})", reference, event.getThrowable());
            UI ui = event.getComponent().flatMap(Component::getUI).orElseGet(UI::getCurrent);
            if (ui != null) {
                ui.access(() -> {
                    var notice = new Notification(ui.getTranslation("error.action", reference), 15000,
                            Notification.Position.TOP_CENTER);
                    notice.addThemeVariants(NotificationVariant.LUMO_ERROR);
                    notice.open();
                });
            }
        }
    }
}

package org.familyvoice.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.familyvoice.base.UserFacingException;

/** Short messages after an action, read out by screen readers (Vaadin notifications are live regions). */
public final class Notices {

    private Notices() {
    }

    public static void success(Component source, String key, Object... args) {
        var n = Notification.show(source.getTranslation(key, args), 5000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    public static void error(Component source, UserFacingException e) {
        var n = Notification.show(source.getTranslation(e.messageKey(), e.args()), 8000,
                Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}

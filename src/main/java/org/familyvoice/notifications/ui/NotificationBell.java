package org.familyvoice.notifications.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.familyvoice.notifications.NotificationService;

/** The bell in the top bar, with the number of unread notifications; opens the list. */
public final class NotificationBell extends Button {

    private final NotificationService notifications;
    private final Span badge = new Span();

    public NotificationBell(NotificationService notifications) {
        this.notifications = notifications;
        setIcon(VaadinIcon.BELL.create());
        addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        addClassName("fv-bell");
        badge.addClassName("fv-bell-badge");
        badge.getElement().setAttribute("aria-hidden", "true");
        getElement().appendChild(badge.getElement());
        addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(NotificationsView.class)));
        refresh();
    }

    public void refresh() {
        int unread = notifications.unreadCount();
        badge.setText(unread > 99 ? "99+" : Integer.toString(unread));
        badge.setVisible(unread > 0);
        setAriaLabel(unread == 0 ? getTranslation("notifications.bell.none")
                : getTranslation("notifications.bell.unread", unread));
        setTooltipText(getAriaLabel().orElse(""));
    }
}

package org.familyvoice.notifications.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.familyvoice.base.UserId;
import org.familyvoice.base.live.LiveUpdates;
import org.familyvoice.notifications.NotificationService;
import org.familyvoice.notifications.NotificationsChanged;

/**
 * The bell in the top bar, with the number of unread notifications; opens the list. The count updates live when a
 * notification arrives (server push) and is said politely by screen readers through {@link #announcer()}.
 */
public final class NotificationBell extends Button {

    private final NotificationService notifications;
    private final Span badge = new Span();
    private final Span announcer = new Span();
    private int shown = -1;

    public NotificationBell(NotificationService notifications, UserId me) {
        this.notifications = notifications;
        setIcon(VaadinIcon.BELL.create());
        addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        addClassName("fv-bell");
        badge.addClassName("fv-bell-badge");
        badge.getElement().setAttribute("aria-hidden", "true");
        getElement().appendChild(badge.getElement());
        // a live region outside the button: a changed button name alone is not read out
        announcer.addClassName("fv-visually-hidden");
        announcer.getElement().setAttribute("aria-live", "polite");
        announcer.getElement().setAttribute("role", "status");
        addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(NotificationsView.class)));
        refresh();
        LiveUpdates.onEvent(this, NotificationsChanged.class, e -> e.userId().equals(me), this::liveRefresh);
    }

    /** The polite live region that says a new count; place it next to the bell. */
    public Span announcer() {
        return announcer;
    }

    public void refresh() {
        int unread = notifications.unreadCount();
        badge.setText(unread > 99 ? "99+" : Integer.toString(unread));
        badge.setVisible(unread > 0);
        setAriaLabel(unread == 0 ? getTranslation("notifications.bell.none")
                : getTranslation("notifications.bell.unread", unread));
        setTooltipText(getAriaLabel().orElse(""));
        shown = unread;
    }

    /** A change pushed from elsewhere: count again, and say so only when a new notification arrived. */
    private void liveRefresh() {
        int before = shown;
        refresh();
        if (shown > before) {
            announcer.setText(getTranslation("notifications.bell.arrived", shown));
        }
    }
}

package org.familyvoice.notifications.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.familyvoice.base.ui.Formats;
import org.familyvoice.notifications.Notification;
import org.familyvoice.notifications.NotificationService;

import java.util.List;

/** Everyone's own notifications, newest first. Opening the list marks them read. */
@Route("notifications")
@PermitAll
public class NotificationsView extends Main implements HasDynamicTitle {

    NotificationsView(NotificationService notifications) {
        addClassName("fv-page");
        add(new H1(getTranslation("notifications.title")));
        List<Notification> mine = notifications.mine();
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("notifications.none")));
        } else {
            var list = new UnorderedList();
            list.addClassName("fv-notifications");
            for (Notification n : mine) {
                String text = getTranslation(n.messageKey(), n.messageArgs());
                var when = new Span(Formats.dateTime(n.createdAt()));
                when.addClassName("fv-fact-label");
                var item = new ListItem(n.link() == null ? new Span(text) : new Anchor(n.link(), text), when);
                if (n.unread()) {
                    var badge = new Span(getTranslation("notifications.new"));
                    badge.addClassName("fv-badge");
                    item.addComponentAsFirst(badge);
                    item.addClassName("fv-unread");
                }
                list.add(item);
            }
            add(list);
            notifications.markAllRead();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notifications.title") + " | " + getTranslation("app.name");
    }
}

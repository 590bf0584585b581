package org.familyvoice.notifications;

import org.familyvoice.base.UserId;
import org.familyvoice.base.security.CurrentUser;
import org.familyvoice.notifications.repository.NotificationRepository;
import org.familyvoice.notifications.repository.NotificationRow;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;

/**
 * In-app notifications. Features send them inside the transaction that makes the news (a reply is saved and
 * its notification with it, or neither); everyone reads only their own.
 */
@Service
public class NotificationService {

    static final int SHOWN = 50;

    private final NotificationRepository notifications;
    private final CurrentUser currentUser;
    private final Clock clock;

    NotificationService(NotificationRepository notifications, CurrentUser currentUser, Clock clock) {
        this.notifications = notifications;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Tells one person something; joins the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void send(UserId to, String messageKey, @Nullable String messageArg, @Nullable String link) {
        notifications.save(new NotificationRow(null, to.value(), messageKey, messageArg, link, clock.instant(), null));
    }

    /** The signed-in person's newest notifications. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Notification> mine() {
        return notifications.findNewest(currentUser.require().id().value(), SHOWN).stream()
                .map(r -> new Notification(r.id(), r.messageKey(), r.messageArg(), r.link(), r.createdAt(),
                        r.readAt() == null))
                .toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public int unreadCount() {
        return notifications.countUnread(currentUser.require().id().value());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void markAllRead() {
        notifications.markAllRead(currentUser.require().id().value(), clock.instant());
    }
}

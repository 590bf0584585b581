package org.familyvoice.notifications;

import org.familyvoice.accounts.NotificationAddresses;
import org.familyvoice.base.UserId;
import org.familyvoice.base.security.CurrentUser;
import org.familyvoice.notifications.repository.NotificationRepository;
import org.familyvoice.notifications.repository.NotificationRow;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;

/**
 * In-app notifications. Features send them inside the transaction that makes the news (a reply is saved and
 * its notification with it, or neither); everyone reads only their own. People who gave an address for
 * notifications also get the message by e-mail, through the outbox in the same transaction.
 */
@Service
public class NotificationService {

    static final int SHOWN = 50;

    private final NotificationRepository notifications;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final NotificationAddresses addresses;
    private final EmailOutbox outbox;
    private final EmailTexts texts;
    private final String publicUrl;
    private final ApplicationEventPublisher events;

    NotificationService(NotificationRepository notifications, CurrentUser currentUser, Clock clock,
                        NotificationAddresses addresses, EmailOutbox outbox, EmailTexts texts,
                        @Value("${familyvoice.invitations.public-url:http://localhost:8080}") String publicUrl,
                        ApplicationEventPublisher events) {
        this.events = events;
        this.notifications = notifications;
        this.currentUser = currentUser;
        this.clock = clock;
        this.addresses = addresses;
        this.outbox = outbox;
        this.texts = texts;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /**
     * Tells one person something; joins the caller's transaction. The message key's text must carry no personal or
     * case details (a reference is fine), because it is also e-mailed, in plain words, to people who gave an address.
     * Once the transaction commits, the person's bell updates in their open tabs on this node.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void send(UserId to, String messageKey, @Nullable String messageArg, @Nullable String link) {
        send(to, messageKey, messageArg == null ? List.of() : List.of(messageArg), link);
    }

    /** As {@link #send(UserId, String, String, String)}, for a message with several arguments ({0}, {1}, …). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void send(UserId to, String messageKey, List<String> messageArgs, @Nullable String link) {
        if (messageArgs.stream().anyMatch(a -> a.contains(Notification.ARG_SEPARATOR))) {
            throw new IllegalArgumentException("a notification argument must not contain the separator");
        }
        String stored = messageArgs.isEmpty() ? null : String.join(Notification.ARG_SEPARATOR, messageArgs);
        notifications.save(new NotificationRow(null, to.value(), messageKey, stored, link, clock.instant(), null));
        addresses.of(to).ifPresent(address -> {
            String message = messageArgs.isEmpty() ? texts.get(messageKey)
                    : texts.get(messageKey, (Object[]) messageArgs.toArray(String[]::new));
            String url = publicUrl + "/" + (link == null ? "" : link);
            outbox.enqueue(to, address, texts.get("email.subject"),
                    texts.get("email.body", message, url, publicUrl + "/account/password"));
        });
        events.publishEvent(new NotificationsChanged(to));
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
        UserId me = currentUser.require().id();
        if (notifications.markAllRead(me.value(), clock.instant()) > 0) {
            events.publishEvent(new NotificationsChanged(me)); // the bell in the person's other tabs
        }
    }
}

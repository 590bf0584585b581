package org.familyvoice.notifications;

import org.familyvoice.accounts.NotificationAddresses;
import org.familyvoice.base.UserId;
import org.familyvoice.base.security.CurrentUser;
import org.familyvoice.notifications.repository.NotificationRepository;
import org.familyvoice.notifications.repository.NotificationRow;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
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

    NotificationService(NotificationRepository notifications, CurrentUser currentUser, Clock clock,
                        NotificationAddresses addresses, EmailOutbox outbox, EmailTexts texts,
                        @Value("${familyvoice.invitations.public-url:http://localhost:8080}") String publicUrl) {
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
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void send(UserId to, String messageKey, @Nullable String messageArg, @Nullable String link) {
        notifications.save(new NotificationRow(null, to.value(), messageKey, messageArg, link, clock.instant(), null));
        addresses.of(to).ifPresent(address -> {
            String message = messageArg == null ? texts.get(messageKey) : texts.get(messageKey, messageArg);
            String url = publicUrl + "/" + (link == null ? "" : link);
            outbox.enqueue(to, address, texts.get("email.subject"),
                    texts.get("email.body", message, url, publicUrl + "/account/password"));
        });
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

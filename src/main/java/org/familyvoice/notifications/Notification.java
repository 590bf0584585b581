package org.familyvoice.notifications;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * Something the portal tells one person, shown in their notifications list.
 *
 * @param messageKey translation key of the message; {@code messageArg} fills its {0}
 * @param link       the page it is about, relative to the portal, if any
 */
public record Notification(long id, String messageKey, @Nullable String messageArg, @Nullable String link,
                           Instant createdAt, boolean unread) {
}

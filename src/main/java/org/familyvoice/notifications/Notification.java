package org.familyvoice.notifications;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * Something the portal tells one person, shown in their notifications list.
 *
 * @param messageKey translation key of the message; {@code messageArg} fills its {0} (and {1}, … when it holds
 *                   several arguments, see {@link #messageArgs()})
 * @param link       the page it is about, relative to the portal, if any
 */
public record Notification(long id, String messageKey, @Nullable String messageArg, @Nullable String link,
                           Instant createdAt, boolean unread) {

    /** Between the arguments of a message with several, as stored (a control character no argument contains). */
    static final String ARG_SEPARATOR = "\u001F";

    /** The message's arguments, for {@code getTranslation(messageKey, messageArgs())}. */
    public Object[] messageArgs() {
        return messageArg == null ? new Object[]{""} : messageArg.split(ARG_SEPARATOR, -1);
    }
}

package org.familyvoice.notifications;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** One e-mail of the outbox as administrators see it: the address partly masked. */
public record OutboxEmail(long id, String maskedTo, String subject, OutboxStatus status, int attempts,
                          Instant createdAt, @Nullable Instant sentAt, @Nullable String lastError) {

    /** "leanne@example.org" → "l***@example.org": enough to tell addresses apart, not enough to read one. */
    public static String mask(String address) {
        int at = address.lastIndexOf('@');
        if (at <= 0) {
            return "***";
        }
        return address.charAt(0) + "***" + address.substring(at);
    }
}

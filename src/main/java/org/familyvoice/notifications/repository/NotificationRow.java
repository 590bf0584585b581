package org.familyvoice.notifications.repository;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;

@Table("notification")
public record NotificationRow(@Id @Nullable Long id, long userId, String messageKey, @Nullable String messageArg,
                              @Nullable String link, Instant createdAt, @Nullable Instant readAt) {

    public NotificationRow read(Instant at) {
        return new NotificationRow(id, userId, messageKey, messageArg, link, createdAt, at);
    }
}

package org.familyvoice.feedback.repository;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;

@Table("feedback_reply")
public record ReplyRow(@Id @Nullable Long id, long feedbackId, long authorUserId, String authorName, String text,
                       Instant sentAt) {
}

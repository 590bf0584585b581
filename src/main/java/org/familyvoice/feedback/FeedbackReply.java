package org.familyvoice.feedback;

import java.time.Instant;

/** A member of staff's reply to feedback. */
public record FeedbackReply(String authorName, String text, Instant sentAt) {
}

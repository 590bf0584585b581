package org.familyvoice.feedback;

import org.familyvoice.base.FamilyId;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * A line in a staff member's feedback list: no free text, so listing is not reading. Opening the feedback shows
 * the words and is audited.
 */
public record FeedbackSummary(FeedbackId id, String reference, FeedbackSource source, FeedbackAbout about,
                              @Nullable FamilyId familyId, @Nullable String familyName, @Nullable String teamName,
                              @Nullable String practitionerName, @Nullable Integer listened,
                              @Nullable Integer understood, @Nullable Integer respected, boolean flagged,
                              FeedbackStatus status, Instant submittedAt) {
}

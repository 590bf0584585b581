package org.familyvoice.feedback.repository;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;

@Table("feedback")
public record FeedbackRow(@Id @Nullable Long id, String reference, String submissionKey, String source, String about,
                          @Nullable String aboutDetail, @Nullable Long familyId, @Nullable Long teamId,
                          @Nullable Long practitionerId, @Nullable Long authorUserId, @Nullable String authorName,
                          @Nullable Integer listened, @Nullable Integer understood, @Nullable Integer respected,
                          @Nullable String wentWell, @Nullable String couldBeBetter, boolean mayContact,
                          boolean mayUseWords, @Nullable String contactDetails, boolean flagged, String status,
                          Instant submittedAt, @Nullable Instant replyExpectedBy, @Nullable Instant readAt,
                          @Nullable Long readBy, @Version @Nullable Long version) {

    public FeedbackRow withStatus(String newStatus, @Nullable Instant newReadAt, @Nullable Long newReadBy) {
        return new FeedbackRow(id, reference, submissionKey, source, about, aboutDetail, familyId, teamId,
                practitionerId, authorUserId, authorName, listened, understood, respected, wentWell, couldBeBetter,
                mayContact, mayUseWords, contactDetails, flagged, newStatus, submittedAt, replyExpectedBy, newReadAt,
                newReadBy, version);
    }

    public FeedbackRow withFlagged(boolean newFlagged) {
        return new FeedbackRow(id, reference, submissionKey, source, about, aboutDetail, familyId, teamId,
                practitionerId, authorUserId, authorName, listened, understood, respected, wentWell, couldBeBetter,
                mayContact, mayUseWords, contactDetails, newFlagged, status, submittedAt, replyExpectedBy, readAt,
                readBy, version);
    }
}

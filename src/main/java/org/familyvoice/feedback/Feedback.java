package org.familyvoice.feedback;

import org.familyvoice.base.FamilyId;
import org.familyvoice.base.TeamId;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;

/** One piece of feedback with its replies, as its author or a member of staff who may see it sees it. */
public record Feedback(FeedbackId id, String reference, FeedbackSource source, FeedbackAbout about,
                       @Nullable String aboutDetail, @Nullable FamilyId familyId, @Nullable String familyName,
                       @Nullable TeamId teamId, @Nullable String teamName, @Nullable String practitionerName,
                       @Nullable String authorName, @Nullable Integer listened, @Nullable Integer understood,
                       @Nullable Integer respected, @Nullable String wentWell, @Nullable String couldBeBetter,
                       boolean mayContact, boolean mayUseWords, @Nullable String contactDetails, boolean flagged,
                       FeedbackStatus status, Instant submittedAt, @Nullable Instant replyExpectedBy,
                       List<FeedbackReply> replies) {

    public Feedback {
        replies = List.copyOf(replies);
    }

    /** Whoever may see it may reply when the person asked to be contacted. */
    public boolean canReply() {
        return mayContact;
    }
}

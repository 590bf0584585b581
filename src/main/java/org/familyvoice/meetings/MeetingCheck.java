package org.familyvoice.meetings;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.Objects;

/**
 * One person's post-meeting check, for staff who may read the family. {@code flagged}: the screener saw a possible
 * disclosure in the comment; {@code mayUseForImprovement}: the comment may be used, without the name, to improve the
 * service.
 */
public record MeetingCheck(Respondent respondent, String name, CheckAnswer listenedTo, CheckAnswer knowsNext,
                           @Nullable String comment, boolean mayUseForImprovement, boolean flagged, Instant answeredAt) {
    public MeetingCheck {
        Objects.requireNonNull(respondent);
        Objects.requireNonNull(listenedTo);
        Objects.requireNonNull(knowsNext);
    }
}

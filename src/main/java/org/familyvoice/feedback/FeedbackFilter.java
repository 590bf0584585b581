package org.familyvoice.feedback;

import org.familyvoice.base.TeamId;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/** Narrows a staff member's feedback list; every part is optional. Dates are inclusive, in the council's zone. */
public record FeedbackFilter(@Nullable LocalDate from, @Nullable LocalDate to, @Nullable TeamId teamId,
                             @Nullable FeedbackSource source, @Nullable RatingBand rating,
                             @Nullable FeedbackStatus status) {

    public static final FeedbackFilter NONE = new FeedbackFilter(null, null, null, null, null, null);
}

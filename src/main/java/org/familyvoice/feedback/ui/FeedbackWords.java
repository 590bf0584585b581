package org.familyvoice.feedback.ui;

import com.vaadin.flow.component.Component;
import org.familyvoice.feedback.RatingBand;
import org.jspecify.annotations.Nullable;

import java.util.stream.Stream;

/** Feedback's codes and numbers in words, so nobody has to know that 2 means "disagree". */
final class FeedbackWords {

    private FeedbackWords() {
    }

    static String rating(Component owner, @Nullable Integer rating) {
        return owner.getTranslation(rating == null ? "feedback-staff.rating.none" : "feedback-staff.rating." + rating);
    }

    /** The band of the lowest statement rated, the same bands the filter uses. */
    static RatingBand band(@Nullable Integer listened, @Nullable Integer understood, @Nullable Integer respected) {
        int lowest = Stream.of(listened, understood, respected).filter(r -> r != null).mapToInt(Integer::intValue)
                .min().orElse(0);
        if (lowest == 0) {
            return RatingBand.NONE;
        }
        return lowest <= 2 ? RatingBand.LOW : lowest == 3 ? RatingBand.MIDDLE : RatingBand.HIGH;
    }
}

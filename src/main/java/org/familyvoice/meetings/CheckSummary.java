package org.familyvoice.meetings;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Post-meeting checks of a manager's team over a period (meetings held from {@code from} to {@code to}, both
 * included), one {@link Side} per respondent kind in the order child, parent or carer, practitioner.
 */
public record CheckSummary(LocalDate from, LocalDate to, List<Side> sides) {

    /** Figures built from fewer than this many distinct people are not shown. */
    public static final int MIN_RESPONDENTS = 5;

    public CheckSummary {
        Objects.requireNonNull(from);
        Objects.requireNonNull(to);
        sides = List.copyOf(sides);
    }

    /**
     * One side's figures: how many answers, and the share (whole per cent) of each answer to each question.
     * {@code suppressed}: fewer than {@link #MIN_RESPONDENTS} distinct people answered, so no figure is given at all.
     */
    public record Side(Respondent respondent, boolean suppressed, int answered, Map<CheckAnswer, Integer> listenedTo,
                       Map<CheckAnswer, Integer> knowsNext) {
        public Side {
            Objects.requireNonNull(respondent);
            listenedTo = Map.copyOf(listenedTo);
            knowsNext = Map.copyOf(knowsNext);
            if (suppressed && (answered != 0 || !listenedTo.isEmpty() || !knowsNext.isEmpty())) {
                throw new IllegalArgumentException("a suppressed side carries no figures");
            }
        }

        static Side suppressed(Respondent respondent) {
            return new Side(respondent, true, 0, Map.of(), Map.of());
        }
    }
}

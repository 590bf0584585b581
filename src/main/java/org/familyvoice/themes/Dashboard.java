package org.familyvoice.themes;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The records the dashboard shows; every figure carries its own "fewer than 5" decision ({@link Figure}). */
public final class Dashboard {

    private Dashboard() {
    }

    /** An average of a 1–5 rating statement, from {@code answers.items()} answers by {@code answers.contributors()} people. */
    public record Average(@Nullable Double mean, Figure answers) {
        public boolean suppressed() {
            return answers.suppressed() || mean == null;
        }
    }

    /** "Did you feel listened to?" from one side (CHILD, PARENT, PRACTITIONER): yes, partly, no. */
    public record Listened(String respondent, int yes, int partly, int no, Figure answers) {
        /** Share answering yes, 0..1, or null when suppressed. */
        public @Nullable Double yesShare() {
            return answers.suppressed() || answers.items() == 0 ? null : (double) yes / answers.items();
        }
    }

    /**
     * Headline figures for the period and the previous one of the same length: feedback forms, words by
     * sentiment (positive, negative, mixed, neutral and ALL), each rating statement's average, and the post-meeting
     * checks' "felt listened to" by side.
     */
    public record Headline(Figure forms, Figure previousForms, Map<String, Figure> words,
                           Map<String, Figure> previousWords, Map<String, Average> ratings,
                           Map<String, Average> previousRatings, List<Listened> listened,
                           List<Listened> previousListened) {

        /** Share of all words with this sentiment (0..1), or null when it may not be shown. */
        public static @Nullable Double share(Map<String, Figure> words, String sentiment) {
            Figure all = words.getOrDefault("ALL", Figure.NONE);
            Figure part = words.getOrDefault(sentiment, Figure.NONE);
            if (all.suppressed() || all.items() == 0 || (part.items() > 0 && part.suppressed())) {
                return null;
            }
            return (double) part.items() / all.items();
        }
    }

    /**
     * One theme in the period: its volume, change from the previous period, and its items by sentiment, each a
     * figure of its own (a theme from 30 people may have negative words from only 3 of them).
     */
    public record ThemeLine(ThemeRef theme, Figure now, Figure before, Figure positive, Figure negative, Figure mixed) {
        public int change() {
            return now.items() - before.items();
        }

        /** Whether the change may be shown: both periods must have at least 5 contributors. */
        public boolean changeShown() {
            return !now.suppressed() && !before.suppressed();
        }
    }

    /** A bucket of the trend: its first and last day. */
    public record Bucket(LocalDate from, LocalDate to) {
    }

    /** Weekly or monthly series for the top themes; {@code cells.get(theme).get(i)} is bucket i. */
    public record Trend(List<Bucket> buckets, List<ThemeRef> themes, Map<Long, List<Figure>> cells) {

        /** Whether no point may be shown (every one from fewer than 5 people): there is no line to draw. */
        public boolean allSuppressed() {
            return cells.values().stream().flatMap(List::stream).allMatch(Figure::suppressed);
        }
    }

    /** One theme split by a dimension's values (team ids, sources, meeting types). */
    public record Split(String dimension, List<String> values, List<ThemeRef> themes, Map<String, Figure> cells) {
        public Figure cell(ThemeRef theme, String value) {
            return cells.getOrDefault(theme.id() + ":" + value, Figure.NONE);
        }
    }

    /** Trend granularity. */
    public enum Granularity { WEEK, MONTH }
}

package org.familyvoice.themes.repository;

import org.familyvoice.themes.repository.VoiceStore.ItemKey;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.TreeMap;

/**
 * The rollup counts one save changes (words recorded, replaced, forgotten or corrected), gathered while its rows are
 * written and applied together at the end by {@link VoiceStore#apply}: net changes only, and in one order for every
 * save (voice_rollup, theme_rollup, term_rollup, each by its key). Two saves at once then wait for each other instead
 * of deadlocking, which the database would settle by failing one of them: a family's words refused. Measured by
 * {@code RollupConcurrencyTest}: without the order, six threads deadlocked on H2 and on PostgreSQL within seconds.
 */
public final class RollupChanges {

    record VoiceCell(LocalDate saidOn, long teamId, String source, String meetingType, String origin,
                     String sentiment) {
    }

    record ThemeCell(long themeId, LocalDate saidOn, long teamId, String source, String meetingType,
                     String sentiment) {
    }

    record TermCell(String term, LocalDate saidOn) {
    }

    private static final Comparator<VoiceCell> VOICE_ORDER = Comparator.comparing(VoiceCell::saidOn)
            .thenComparingLong(VoiceCell::teamId).thenComparing(VoiceCell::source)
            .thenComparing(VoiceCell::meetingType).thenComparing(VoiceCell::origin).thenComparing(VoiceCell::sentiment);
    private static final Comparator<ThemeCell> THEME_ORDER = Comparator.comparingLong(ThemeCell::themeId)
            .thenComparing(ThemeCell::saidOn).thenComparingLong(ThemeCell::teamId).thenComparing(ThemeCell::source)
            .thenComparing(ThemeCell::meetingType).thenComparing(ThemeCell::sentiment);
    private static final Comparator<TermCell> TERM_ORDER = Comparator.comparing(TermCell::term)
            .thenComparing(TermCell::saidOn);

    final TreeMap<VoiceCell, Integer> voice = new TreeMap<>(VOICE_ORDER);
    final TreeMap<ThemeCell, Integer> themes = new TreeMap<>(THEME_ORDER);
    final TreeMap<TermCell, Integer> terms = new TreeMap<>(TERM_ORDER);

    /** The item counts once more (+1) or once less (-1) in its cell of voice_rollup. */
    public void item(ItemKey item, int delta) {
        voice.merge(new VoiceCell(item.saidOn(), item.teamId(), item.source(), item.meetingType(), item.origin(),
                item.sentiment()), delta, Integer::sum);
    }

    void theme(ItemKey item, long themeId, int delta) {
        themes.merge(new ThemeCell(themeId, item.saidOn(), item.teamId(), item.source(), item.meetingType(),
                item.sentiment()), delta, Integer::sum);
    }

    void term(ItemKey item, String term, int delta) {
        terms.merge(new TermCell(term, item.saidOn()), delta, Integer::sum);
    }
}

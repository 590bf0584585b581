package org.familyvoice.improvement;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One "You said, we did" entry as managers see it: what we heard, what we did and when, the theme and improvement
 * action it answers (both optional), and the ids of the items (what families said) that fed it. {@code publishedAt}
 * is set while the entry is on the public page. {@code everPublished}: it has been published at least once, so the
 * people behind its items have been told and its items stay as they were.
 */
public record YouSaidEntry(long id, String heard, String did, LocalDate doneOn, @Nullable Choice theme,
                           @Nullable Choice action, List<Long> itemIds, Instant createdAt,
                           @Nullable Instant publishedAt, boolean everPublished, long version) {

    /** Longest "what we heard" and "what we did", in characters (the columns hold exactly this). */
    public static final int MAX_TEXT = 2000;
    /** Most items one entry may link, so a publication notifies a bounded number of people. */
    public static final int MAX_ITEMS = 500;

    public YouSaidEntry {
        Objects.requireNonNull(heard);
        Objects.requireNonNull(did);
        Objects.requireNonNull(doneOn);
        itemIds = List.copyOf(itemIds);
    }

    public boolean published() {
        return publishedAt != null;
    }

    /** What a manager typed: validated by {@link YouSaidService}, which says what is wrong in plain words. */
    public record Draft(String heard, String did, @Nullable LocalDate doneOn, @Nullable Long themeId,
                        @Nullable Long actionId, List<Long> itemIds) {
        public Draft {
            heard = heard == null ? "" : heard;
            did = did == null ? "" : did;
            itemIds = itemIds == null ? List.of() : itemIds.stream().filter(Objects::nonNull).distinct().toList();
        }
    }

    /** Something to pick from a list: a theme, or an improvement action (its title and area). */
    public record Choice(long id, String name) {
    }

    /** A published entry as anyone may read it: no names, no quotes, nobody's words but the council's. */
    public record Published(long id, String heard, String did, LocalDate doneOn) {
    }

    /** An item that may feed an entry, as a manager picks it: always the redacted words. */
    public record Voice(long itemId, LocalDate saidOn, String redactedText) {
    }
}

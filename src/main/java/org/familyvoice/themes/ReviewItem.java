package org.familyvoice.themes;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A tagged text as a member of staff who may read its family reviews it: the words exactly as written, where they
 * came from, the themes and feeling they have now, whether someone has confirmed or corrected them, and every
 * correction so far (oldest first). {@code mayChange}: the caller may confirm or correct it (the allocated
 * practitioner, or a manager of the team); {@code familyName} is null for anonymous feedback.
 */
public record ReviewItem(long id, VoiceOrigin origin, VoiceSource source, Instant saidAt, String text,
                         @Nullable String familyName, List<ThemeRef> themes, Sentiment sentiment,
                         @Nullable Instant reviewedAt, @Nullable String reviewedBy, boolean mayChange,
                         List<TagChange> changes) {

    public ReviewItem {
        Objects.requireNonNull(origin);
        Objects.requireNonNull(source);
        Objects.requireNonNull(text);
        themes = List.copyOf(themes);
        changes = List.copyOf(changes);
    }

    public boolean reviewed() {
        return reviewedAt != null;
    }
}

package org.familyvoice.improvement;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Evidence behind an improvement action: a theme (its name) or a quote of what a family member said, always in
 * its redacted form, with the day it was said. {@code sourceId} is the theme's or the voice item's id.
 */
public record Evidence(long id, long actionId, Kind kind, long sourceId, String text, @Nullable LocalDate saidOn,
                       Instant linkedAt) {

    public enum Kind {
        THEME,
        QUOTE
    }
}

package org.familyvoice.meetings;

import java.time.Instant;

/**
 * The agenda was published at {@code publishedAt}; {@code late}: later than {@code daysBefore} days before the
 * meeting (the families had less time to read it than they should).
 */
public record AgendaPublication(Instant publishedAt, boolean late, int daysBefore) {
}

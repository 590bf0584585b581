package org.familyvoice.improvement;

import java.time.Instant;

/** A progress note on an action: kept as written, with who wrote it and when. */
public record ProgressNote(long id, long actionId, String note, String authorName, Instant writtenAt) {
}

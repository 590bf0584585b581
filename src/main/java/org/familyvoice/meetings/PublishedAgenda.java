package org.familyvoice.meetings;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;

/**
 * A published agenda as an invited family member sees it: the practitioner's items and the items with at least one
 * quote they may see (their own, or shared with everyone); another person's private quotes are never in it. Before
 * publishing it is empty and {@code publishedAt} is null.
 */
public record PublishedAgenda(MeetingId meetingId, List<AgendaItem> items, @Nullable Instant publishedAt) {

    public PublishedAgenda {
        items = List.copyOf(items);
    }

    public boolean published() {
        return publishedAt != null;
    }
}

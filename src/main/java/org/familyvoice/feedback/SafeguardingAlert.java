package org.familyvoice.feedback;

import org.familyvoice.base.FamilyId;
import org.familyvoice.base.TeamId;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/** A possible disclosure in the duty queue, as managers see it. */
public record SafeguardingAlert(AlertId id, String source, @Nullable FamilyId familyId, @Nullable String familyName,
                                @Nullable TeamId teamId,
                                @Nullable String author, String text, Set<Concern> concerns, String signs,
                                boolean urgent, Instant raisedAt, Instant dueAt, Status status,
                                @Nullable Instant acknowledgedAt, @Nullable String actionTaken, @Nullable Instant closedAt) {

    public enum Status { OPEN, ACKNOWLEDGED, CLOSED }

    public SafeguardingAlert {
        Objects.requireNonNull(text);
        concerns = Set.copyOf(concerns);
    }

    /** Not closed and past its deadline. */
    public boolean overdue(Instant now) {
        return status != Status.CLOSED && now.isAfter(dueAt);
    }
}

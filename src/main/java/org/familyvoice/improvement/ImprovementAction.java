package org.familyvoice.improvement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** An action under an improvement area: what will be done, who owns it, by when, and how it stands. */
public record ImprovementAction(long id, long areaId, String title, String ownerName, LocalDate dueOn,
                                ActionStatus status, Instant changedAt, long version) {

    public ImprovementAction {
        Objects.requireNonNull(title);
        Objects.requireNonNull(ownerName);
        Objects.requireNonNull(dueOn);
        Objects.requireNonNull(status);
    }

    /** Past its due date and not done. */
    public boolean overdue(LocalDate today) {
        return status != ActionStatus.DONE && dueOn.isBefore(today);
    }
}

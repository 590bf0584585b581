package org.familyvoice.meetings;

import java.time.LocalDate;
import java.util.Objects;

/** An action agreed at a meeting: what, who (by name, as the family knows them), by when. */
public record PlanAction(MeetingActionId id, String what, String who, LocalDate dueOn) {
    public PlanAction {
        Objects.requireNonNull(id);
        Objects.requireNonNull(what);
        Objects.requireNonNull(who);
        Objects.requireNonNull(dueOn);
    }
}

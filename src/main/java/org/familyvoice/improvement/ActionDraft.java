package org.familyvoice.improvement;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * A new or changed action as typed. Date and status may be missing (nothing chosen yet): the service refuses that
 * with a message for the field, like every other rule.
 */
public record ActionDraft(long areaId, String title, String ownerName, @Nullable LocalDate dueOn,
                          @Nullable ActionStatus status) {
}

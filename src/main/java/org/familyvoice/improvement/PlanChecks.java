package org.familyvoice.improvement;

import org.familyvoice.base.StorableText;
import org.familyvoice.base.UserFacingException;
import org.familyvoice.improvement.repository.PlanStore;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.familyvoice.improvement.ImprovementPlanService.MAX_AREA_DESCRIPTION;
import static org.familyvoice.improvement.ImprovementPlanService.MAX_AREA_NAME;
import static org.familyvoice.improvement.ImprovementPlanService.MAX_NOTE;
import static org.familyvoice.improvement.ImprovementPlanService.MAX_OWNER;
import static org.familyvoice.improvement.ImprovementPlanService.MAX_TITLE;
import static org.familyvoice.improvement.ImprovementPlanService.MAX_YEARS_AWAY;

/**
 * The plan's rules for what people type: required fields, the schema's lengths, no hidden characters, due dates
 * within reach. Each refusal carries a message for the field it is about; text is kept as typed apart from the
 * spaces around it.
 */
final class PlanChecks {

    private final PlanStore store;
    private final Clock clock;
    private final ZoneId zone;

    PlanChecks(PlanStore store, Clock clock, ZoneId zone) {
        this.store = store;
        this.clock = clock;
        this.zone = zone;
    }

    /** An action as it will be stored: trimmed, within the limits, dated. */
    record Action(String title, String owner, LocalDate dueOn, ActionStatus status) {
    }

    Action action(ActionDraft draft) {
        String title = draft.title().strip();
        if (title.isEmpty()) {
            throw new UserFacingException("improvement.error.title-required");
        }
        if (title.length() > MAX_TITLE) {
            throw new UserFacingException("improvement.error.title-too-long", MAX_TITLE);
        }
        StorableText.require(title, false, "improvement.error.title-hidden");
        String owner = draft.ownerName().strip();
        if (owner.isEmpty()) {
            throw new UserFacingException("improvement.error.owner-required");
        }
        if (owner.length() > MAX_OWNER) {
            throw new UserFacingException("improvement.error.owner-too-long", MAX_OWNER);
        }
        StorableText.require(owner, false, "improvement.error.owner-hidden");
        LocalDate due = draft.dueOn();
        if (due == null) {
            throw new UserFacingException("improvement.error.due-required");
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        if (due.isBefore(today.minusYears(MAX_YEARS_AWAY)) || due.isAfter(today.plusYears(MAX_YEARS_AWAY))) {
            throw new UserFacingException("improvement.error.due-far", MAX_YEARS_AWAY);
        }
        if (draft.status() == null) {
            throw new UserFacingException("improvement.error.status-required");
        }
        return new Action(title, owner, due, draft.status());
    }

    String areaName(String name, long exceptId) {
        String n = name.strip();
        if (n.isEmpty()) {
            throw new UserFacingException("improvement.error.area-name-required");
        }
        if (n.length() > MAX_AREA_NAME) {
            throw new UserFacingException("improvement.error.area-name-too-long", MAX_AREA_NAME);
        }
        StorableText.require(n, false, "improvement.error.area-name-hidden");
        if (store.areaNameTaken(n, exceptId)) {
            throw new UserFacingException("improvement.error.area-name-taken", n);
        }
        return n;
    }

    static String areaDescription(String description) {
        String d = description.strip();
        if (d.length() > MAX_AREA_DESCRIPTION) {
            throw new UserFacingException("improvement.error.area-description-too-long", MAX_AREA_DESCRIPTION);
        }
        StorableText.require(d, true, "improvement.error.area-description-hidden");
        return d;
    }

    static String note(String note) {
        String text = note.strip();
        if (text.isEmpty()) {
            throw new UserFacingException("improvement.error.note-required");
        }
        if (text.length() > MAX_NOTE) {
            throw new UserFacingException("improvement.error.note-too-long", MAX_NOTE);
        }
        StorableText.require(text, true, "improvement.error.note-hidden");
        return text;
    }
}

package org.familyvoice.improvement;

import org.familyvoice.base.Codes;
import org.familyvoice.base.Roles;
import org.familyvoice.base.UserFacingException;
import org.familyvoice.base.audit.AuditAction;
import org.familyvoice.base.audit.AuditLog;
import org.familyvoice.base.security.CurrentUser;
import org.familyvoice.base.security.FamilyVoiceUser;
import org.familyvoice.improvement.repository.PlanStore;
import org.familyvoice.improvement.repository.PlanStore.ActionRow;
import org.familyvoice.improvement.repository.PlanStore.AreaRow;
import org.familyvoice.improvement.repository.PlanStore.AreaThemeRow;
import org.familyvoice.improvement.repository.PlanStore.EvidenceRow;
import org.familyvoice.themes.ThemeRef;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The council's improvement plan: areas drawn from the inspection, actions under each (owner, due date, status,
 * progress notes), and the evidence behind each action, i.e. themes and redacted quotes of what families said.
 * Who may do what:
 * <ul>
 *   <li>managers and administrators: change areas and actions and add progress notes;</li>
 *   <li>managers: link evidence to actions and unlink it;</li>
 *   <li>practitioners: read the plan, its notes and its evidence;</li>
 *   <li>family members: nothing.</li>
 * </ul>
 * Every change names the version the person saw; a change someone else made in between refuses it, and nothing is
 * saved. Quotes are only ever shown redacted: the words as typed are not read here.
 */
@Service
public class ImprovementPlanService {

    public static final int MAX_AREA_NAME = 160;
    public static final int MAX_AREA_DESCRIPTION = 1000;
    public static final int MAX_TITLE = 300;
    public static final int MAX_OWNER = 120;
    public static final int MAX_NOTE = 2000;
    /** A due date further than this from today, either way, is almost certainly a mistyped year. */
    public static final int MAX_YEARS_AWAY = 10;

    static final String READ = "hasAnyRole('PRACTITIONER', 'MANAGER', 'ADMIN')";
    static final String CHANGE = "hasAnyRole('MANAGER', 'ADMIN')";
    static final String LINK = "hasRole('MANAGER')";

    private final PlanStore store;
    private final PlanChecks checks;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    ImprovementPlanService(PlanStore store, CurrentUser currentUser, AuditLog audit, Clock clock,
                           @Value("${familyvoice.themes.zone:Europe/London}")
                           ZoneId zone) {
        this.store = store;
        this.checks = new PlanChecks(store, clock, zone);
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- reading

    /** Every area (in use first, in the plan's order) with its themes and its actions, soonest due first. */
    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public List<ImprovementArea> plan() {
        Map<Long, List<ThemeRef>> themes = store.areaThemes().stream().collect(Collectors.groupingBy(
                AreaThemeRow::areaId, Collectors.mapping(t -> new ThemeRef(t.themeId(), t.code(), t.name()),
                        Collectors.toList())));
        Map<Long, List<ImprovementAction>> actions = store.actions().stream().map(ImprovementPlanService::action)
                .collect(Collectors.groupingBy(ImprovementAction::areaId));
        return store.areas().stream().map(a -> new ImprovementArea(a.id(), a.code(), a.name(), a.description(),
                a.active(), a.version(), themes.getOrDefault(a.id(), List.of()),
                actions.getOrDefault(a.id(), List.of()))).toList();
    }

    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public ImprovementAction action(long actionId) {
        return action(existingAction(actionId));
    }

    /** Whether the caller may change areas and actions and add notes (else the plan is theirs to read only). */
    @PreAuthorize(READ)
    public boolean mayChangePlan() {
        FamilyVoiceUser me = currentUser.require();
        return me.hasRole(Roles.MANAGER) || me.hasRole(Roles.ADMIN);
    }

    /** Whether the caller may link evidence to actions and unlink it. */
    @PreAuthorize(READ)
    public boolean mayLinkEvidence() {
        return currentUser.require().hasRole(Roles.MANAGER);
    }

    /** The actions of the areas in use, in the plan's order, for other pages to offer (e.g. to link a quote to). */
    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public List<ActionChoice> actionsForPicker() {
        return store.choices().stream().map(c -> new ActionChoice(c.id(), c.areaName(), c.title(),
                ActionStatus.valueOf(c.status()))).toList();
    }

    /** An action's progress notes, newest first, a page at a time. */
    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public List<ProgressNote> notes(long actionId, int offset, int limit) {
        existingAction(actionId);
        return store.notes(actionId, offset, limit).stream()
                .map(n -> new ProgressNote(n.id(), n.actionId(), n.note(), n.authorName(), n.writtenAt())).toList();
    }

    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public int countNotes(long actionId) {
        existingAction(actionId);
        return store.countNotes(actionId);
    }

    /** The evidence behind an action, newest first: theme names and redacted quotes, never the words as typed. */
    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public List<Evidence> evidence(long actionId) {
        existingAction(actionId);
        return store.evidence(actionId).stream().map(ImprovementPlanService::evidence).toList();
    }

    // ---------------------------------------------------------------- areas

    /** Adds an area at the end of the plan; its code is made from the name. Returns its id. */
    @PreAuthorize(CHANGE)
    @Transactional
    public long addArea(String name, String description) {
        String n = checks.areaName(name, 0);
        String d = PlanChecks.areaDescription(description);
        String code = Codes.fromName(n, "AREA", store::areaCodeTaken);
        long id;
        try {
            id = store.insertArea(code, n, d);
        } catch (DuplicateKeyException sameCodeAtOnce) {
            throw new UserFacingException("improvement.error.changed");
        }
        audit.record(AuditAction.IMPROVEMENT_AREA_CHANGED, "improvement-area:" + id, "added " + code);
        return id;
    }

    @PreAuthorize(CHANGE)
    @Transactional
    public void editArea(long areaId, long seenVersion, String name, String description) {
        AreaRow before = existingArea(areaId);
        String n = checks.areaName(name, areaId);
        String d = PlanChecks.areaDescription(description);
        if (before.version() != seenVersion || !store.updateArea(areaId, seenVersion, n, d)) {
            throw new UserFacingException("improvement.error.changed");
        }
        List<String> changed = new ArrayList<>();
        if (!before.name().equals(n)) {
            changed.add("name");
        }
        if (!before.description().equals(d)) {
            changed.add("description");
        }
        audit.record(AuditAction.IMPROVEMENT_AREA_CHANGED, "improvement-area:" + areaId,
                changed.isEmpty() ? "saved unchanged" : "changed " + String.join(", ", changed));
    }

    /** Takes an area out of the plan ({@code active} false) or back in; its actions and evidence are kept. */
    @PreAuthorize(CHANGE)
    @Transactional
    public void setAreaActive(long areaId, long seenVersion, boolean active) {
        AreaRow before = existingArea(areaId);
        if (before.version() != seenVersion || !store.setAreaActive(areaId, seenVersion, active)) {
            throw new UserFacingException("improvement.error.changed");
        }
        audit.record(AuditAction.IMPROVEMENT_AREA_CHANGED, "improvement-area:" + areaId,
                active ? "in use again" : "no longer in use");
    }

    // ---------------------------------------------------------------- actions

    /** Adds an action to an area in use. Returns its id. */
    @PreAuthorize(CHANGE)
    @Transactional
    public long addAction(ActionDraft draft) {
        AreaRow area = existingArea(draft.areaId());
        if (!area.active()) {
            throw new UserFacingException("improvement.error.area-inactive");
        }
        PlanChecks.Action c = checks.action(draft);
        long id = store.insertAction(area.id(), c.title(), c.owner(), c.dueOn(), c.status().name(), clock.instant());
        audit.record(AuditAction.IMPROVEMENT_ACTION_CHANGED, "improvement-action:" + id,
                "added to improvement-area:" + area.id() + ", " + c.status() + ", due " + c.dueOn());
        return id;
    }

    /** Changes an action (and may move it to another area in use). Returns it as it now is. */
    @PreAuthorize(CHANGE)
    @Transactional
    public ImprovementAction editAction(long actionId, long seenVersion, ActionDraft draft) {
        ActionRow before = existingAction(actionId);
        if (before.version() != seenVersion) {
            throw new UserFacingException("improvement.error.changed");
        }
        if (draft.areaId() != before.areaId() && !existingArea(draft.areaId()).active()) {
            throw new UserFacingException("improvement.error.area-inactive");
        }
        PlanChecks.Action c = checks.action(draft);
        if (!store.updateAction(actionId, seenVersion, draft.areaId(), c.title(), c.owner(), c.dueOn(),
                c.status().name(), clock.instant())) {
            throw new UserFacingException("improvement.error.changed");
        }
        List<String> changed = new ArrayList<>();
        if (before.areaId() != draft.areaId()) {
            changed.add("moved to improvement-area:" + draft.areaId());
        }
        if (!before.title().equals(c.title())) {
            changed.add("title");
        }
        if (!before.ownerName().equals(c.owner())) {
            changed.add("owner");
        }
        if (!before.dueOn().equals(c.dueOn())) {
            changed.add("due " + before.dueOn() + " -> " + c.dueOn());
        }
        if (!before.status().equals(c.status().name())) {
            changed.add("status " + before.status() + " -> " + c.status());
        }
        audit.record(AuditAction.IMPROVEMENT_ACTION_CHANGED, "improvement-action:" + actionId,
                changed.isEmpty() ? "saved unchanged" : String.join(", ", changed));
        return action(existingAction(actionId));
    }

    /** Adds a progress note to an action, signed by the caller. Notes are kept: there is no changing them. */
    @PreAuthorize(CHANGE)
    @Transactional
    public long addNote(long actionId, String note) {
        existingAction(actionId);
        String text = PlanChecks.note(note);
        FamilyVoiceUser me = currentUser.require();
        String author = me.displayName().length() > MAX_OWNER ? me.displayName().substring(0, MAX_OWNER)
                : me.displayName();
        long id = store.insertNote(actionId, text, me.id().value(), author, clock.instant());
        audit.record(AuditAction.IMPROVEMENT_NOTE_ADDED, "improvement-action:" + actionId, "note:" + id);
        return id;
    }

    // ---------------------------------------------------------------- evidence

    /** The themes in use, by name, to link one to an action. */
    @PreAuthorize(LINK)
    @Transactional(readOnly = true)
    public List<ThemeRef> themeChoices() {
        return store.activeThemes().stream().map(t -> new ThemeRef(t.themeId(), t.code(), t.name())).toList();
    }

    /** Links a theme to an action as evidence. Returns the link's id. */
    @PreAuthorize(LINK)
    @Transactional
    public long linkTheme(long actionId, long themeId) {
        existingAction(actionId);
        if (store.themeName(themeId).isEmpty()) {
            throw new UserFacingException("improvement.error.theme-not-found");
        }
        return link(actionId, themeId, false);
    }

    /** Links a quote (one saved text of a family member, shown redacted) to an action. Returns the link's id. */
    @PreAuthorize(LINK)
    @Transactional
    public long linkQuote(long actionId, long voiceItemId) {
        existingAction(actionId);
        if (!store.itemExists(voiceItemId)) {
            throw new UserFacingException("improvement.error.quote-not-found");
        }
        return link(actionId, voiceItemId, true);
    }

    @PreAuthorize(LINK)
    @Transactional
    public void unlink(long evidenceId) {
        EvidenceRow row = store.evidenceById(evidenceId)
                .orElseThrow(() -> new UserFacingException("improvement.error.evidence-gone"));
        if (!store.deleteEvidence(evidenceId)) {
            throw new UserFacingException("improvement.error.evidence-gone");
        }
        audit.record(AuditAction.EVIDENCE_UNLINKED, "improvement-action:" + row.actionId(),
                row.themeId() != null ? "theme:" + row.themeId() : "voice-item:" + row.itemId());
    }

    private long link(long actionId, long sourceId, boolean quote) {
        if (store.linked(actionId, sourceId, quote)) {
            throw new UserFacingException(quote ? "improvement.error.quote-linked" : "improvement.error.theme-linked");
        }
        long id;
        try {
            id = store.insertEvidence(actionId, quote ? null : sourceId, quote ? sourceId : null,
                    currentUser.require().id().value(), clock.instant());
        } catch (DuplicateKeyException sameLinkAtOnce) {
            throw new UserFacingException(quote ? "improvement.error.quote-linked" : "improvement.error.theme-linked");
        }
        audit.record(AuditAction.EVIDENCE_LINKED, "improvement-action:" + actionId,
                (quote ? "voice-item:" : "theme:") + sourceId);
        return id;
    }

    private AreaRow existingArea(long id) {
        return store.area(id).orElseThrow(() -> new UserFacingException("improvement.error.area-not-found"));
    }

    private ActionRow existingAction(long id) {
        return store.action(id).orElseThrow(() -> new UserFacingException("improvement.error.action-not-found"));
    }

    private static ImprovementAction action(ActionRow r) {
        return new ImprovementAction(r.id(), r.areaId(), r.title(), r.ownerName(), r.dueOn(),
                ActionStatus.valueOf(r.status()), r.changedAt(), r.version());
    }

    private static Evidence evidence(EvidenceRow r) {
        return new Evidence(r.id(), r.actionId(), r.themeId() != null ? Evidence.Kind.THEME : Evidence.Kind.QUOTE,
                r.themeId() != null ? r.themeId() : Objects.requireNonNull(r.itemId()), r.text(), r.saidOn(),
                r.linkedAt());
    }
}

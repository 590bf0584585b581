package org.familyvoice.improvement;

import org.familyvoice.base.StorableText;
import org.familyvoice.base.UserFacingException;
import org.familyvoice.base.UserId;
import org.familyvoice.base.audit.AuditAction;
import org.familyvoice.base.audit.AuditLog;
import org.familyvoice.base.security.CurrentUser;
import org.familyvoice.improvement.YouSaidEntry.Choice;
import org.familyvoice.improvement.YouSaidEntry.Draft;
import org.familyvoice.improvement.YouSaidEntry.Published;
import org.familyvoice.improvement.YouSaidEntry.Voice;
import org.familyvoice.improvement.repository.YouSaidStore;
import org.familyvoice.improvement.repository.YouSaidStore.EntryRow;
import org.familyvoice.notifications.NotificationService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * "You said, we did": managers write what the service heard, what it did and when, linked to the items (families'
 * words) that fed it, and publish it to a page anyone can read without signing in. On the first publication every
 * distinct author of those items who agreed to be contacted is told once in the portal; anonymous authors and those
 * who did not agree are not. Because they have been told, the items of an entry that has ever been published stay
 * as they were: unpublishing and publishing again tells nobody twice.
 */
@Service
@Transactional(readOnly = true)
public class YouSaidService {

    /** The notification a contributor gets, and where it leads (the public page). */
    public static final String NOTIFICATION = "notification.you-said-we-did";
    public static final String PUBLIC_ROUTE = "you-said-we-did";

    /** Items of a theme are offered only when at least this many people said them, as for every figure. */
    static final int MIN_PEOPLE = 5;
    private static final int MAX_PAGE = 200;

    private final YouSaidStore store;
    private final NotificationService notifications;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;
    private final ZoneId zone;

    YouSaidService(YouSaidStore store, NotificationService notifications, CurrentUser currentUser, AuditLog audit,
                   Clock clock,
                   @org.springframework.beans.factory.annotation.Value("${familyvoice.themes.zone:Europe/London}") ZoneId zone) {
        this.store = store;
        this.notifications = notifications;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
        this.zone = zone;
    }

    // ---------------------------------------------------------------- writing (managers)

    /** Saves a new draft; returns its id. */
    @PreAuthorize("hasRole('MANAGER')")
    @Transactional
    public long create(Draft draft) {
        LocalDate doneOn = validate(draft);
        long id = store.insert(draft.heard(), draft.did(), doneOn, draft.themeId(), draft.actionId(),
                currentUser.require().id().value(), clock.instant());
        store.replaceItems(id, draft.itemIds());
        audit.record(AuditAction.YOU_SAID_CHANGED, target(id), "created, " + draft.itemIds().size() + " items");
        return id;
    }

    /**
     * Changes a draft the caller saw at {@code version}. A public entry must be taken off the page first; an entry
     * that has ever been published keeps its items (their authors have been told).
     */
    @PreAuthorize("hasRole('MANAGER')")
    @Transactional
    public void update(long id, long version, Draft draft) {
        LocalDate doneOn = validate(draft);
        EntryRow row = existing(id);
        if (row.publishedAt() != null) {
            throw new UserFacingException("you-said.error.published");
        }
        boolean itemsChange = !store.items(id).equals(draft.itemIds().stream().sorted().toList());
        if (row.publishedBy() != null && itemsChange) {
            throw new UserFacingException("you-said.error.items-fixed");
        }
        if (!store.update(id, version, draft.heard(), draft.did(), doneOn, draft.themeId(), draft.actionId())) {
            throw new UserFacingException("you-said.error.changed");
        }
        if (itemsChange) {
            store.replaceItems(id, draft.itemIds());
        }
        audit.record(AuditAction.YOU_SAID_CHANGED, target(id), "changed, " + draft.itemIds().size() + " items");
    }

    /**
     * Puts the entry on the public page. The first time, each distinct author of its items who agreed to be
     * contacted gets one notification; publishing again after an unpublish tells nobody again. Returns how many
     * people were told.
     */
    @PreAuthorize("hasRole('MANAGER')")
    @Transactional
    public int publish(long id, long version) {
        EntryRow row = existing(id);
        if (row.publishedAt() != null) {
            throw new UserFacingException("you-said.error.already-published");
        }
        if (!store.publish(id, version, currentUser.require().id().value(), clock.instant())) {
            throw new UserFacingException("you-said.error.changed");
        }
        boolean first = row.publishedBy() == null;
        List<Long> told = first ? store.authorsWhoMayBeContacted(id) : List.of();
        for (long user : told) {
            notifications.send(new UserId(user), NOTIFICATION, List.of(), PUBLIC_ROUTE);
        }
        audit.record(AuditAction.YOU_SAID_PUBLISHED, target(id), (first ? "first publication, " : "published again, ")
                + told.size() + " contributors notified");
        return told.size();
    }

    /** Takes the entry off the public page (it stays as a draft). */
    @PreAuthorize("hasRole('MANAGER')")
    @Transactional
    public void unpublish(long id, long version) {
        EntryRow row = existing(id);
        if (row.publishedAt() == null) {
            throw new UserFacingException("you-said.error.not-published");
        }
        if (!store.unpublish(id, version)) {
            throw new UserFacingException("you-said.error.changed");
        }
        audit.record(AuditAction.YOU_SAID_CHANGED, target(id), "taken off the public page");
    }

    /** Deletes a draft that was never published. */
    @PreAuthorize("hasRole('MANAGER')")
    @Transactional
    public void delete(long id, long version) {
        EntryRow row = existing(id);
        if (row.publishedBy() != null) {
            throw new UserFacingException("you-said.error.delete-published");
        }
        if (!store.deleteDraft(id, version)) {
            throw new UserFacingException("you-said.error.changed");
        }
        audit.record(AuditAction.YOU_SAID_CHANGED, target(id), "draft deleted");
    }

    // ---------------------------------------------------------------- reading (managers)

    @PreAuthorize("hasRole('MANAGER')")
    public Optional<YouSaidEntry> find(long id) {
        return store.find(id).map(this::entry);
    }

    /** Every entry, drafts included, newest "when" first. */
    @PreAuthorize("hasRole('MANAGER')")
    public List<YouSaidEntry> entries(long offset, int limit) {
        return store.page(offset, clampLimit(limit)).stream().map(this::entry).toList();
    }

    @PreAuthorize("hasRole('MANAGER')")
    public int countEntries() {
        return store.count();
    }

    @PreAuthorize("hasRole('MANAGER')")
    public List<Choice> themes() {
        return store.activeThemes().stream().map(c -> new Choice(c.id(), c.name())).toList();
    }

    /** Improvement actions as "title (area)", in the plan's order. */
    @PreAuthorize("hasRole('MANAGER')")
    public List<Choice> actions() {
        return store.actions().stream().map(c -> new Choice(c.id(), c.name())).toList();
    }

    /**
     * Whether a theme's items over the days may be listed: at least {@value #MIN_PEOPLE} people said them (fewer
     * would single people out, the same rule as every figure).
     */
    @PreAuthorize("hasRole('MANAGER')")
    public boolean mayListVoices(long themeId, LocalDate from, LocalDate to) {
        checkPeriod(from, to);
        return store.voicePeople(themeId, from, to) >= MIN_PEOPLE;
    }

    @PreAuthorize("hasRole('MANAGER')")
    public int countVoices(long themeId, LocalDate from, LocalDate to) {
        return mayListVoices(themeId, from, to) ? store.voiceCount(themeId, from, to) : 0;
    }

    /** One page of a theme's items over the days, newest first, always redacted. Audited. */
    @PreAuthorize("hasRole('MANAGER')")
    @Transactional // not read-only: the reading is recorded in the audit trail
    public List<Voice> voices(long themeId, LocalDate from, LocalDate to, long offset, int limit) {
        if (!mayListVoices(themeId, from, to)) {
            return List.of();
        }
        List<Voice> page = store.voices(themeId, from, to, offset, clampLimit(limit)).stream()
                .map(v -> new Voice(v.itemId(), v.saidOn(), v.redactedText())).toList();
        audit.record(AuditAction.THEME_QUOTES_VIEWED, "theme:" + themeId, from + ".." + to + " " + page.size()
                + " quotes, all redacted (you said, we did)");
        return page;
    }

    /** The items an entry links, redacted, newest first. */
    @PreAuthorize("hasRole('MANAGER')")
    public List<Voice> linkedVoices(long entryId) {
        return store.voicesById(store.items(entryId)).stream()
                .map(v -> new Voice(v.itemId(), v.saidOn(), v.redactedText())).toList();
    }

    // ---------------------------------------------------------------- the public page

    /** Published entries, newest "when" first: what anyone may read, without signing in. */
    @PreAuthorize("permitAll()")
    public List<Published> published(long offset, int limit) {
        return store.published(offset, clampLimit(limit)).stream()
                .map(r -> new Published(r.id(), r.heard(), r.did(), r.doneOn())).toList();
    }

    @PreAuthorize("permitAll()")
    public int countPublished() {
        return store.countPublished();
    }

    // ---------------------------------------------------------------- rules

    private LocalDate validate(Draft draft) {
        text(draft.heard(), "heard");
        text(draft.did(), "did");
        LocalDate doneOn = draft.doneOn();
        if (doneOn == null) {
            throw new UserFacingException("you-said.error.done-on-missing");
        }
        if (doneOn.isAfter(LocalDate.now(clock.withZone(zone)))) {
            throw new UserFacingException("you-said.error.done-on-future");
        }
        if (doneOn.getYear() < 2000) {
            throw new UserFacingException("you-said.error.done-on-old");
        }
        if (draft.themeId() != null && !store.themeIsActive(draft.themeId())) {
            throw new UserFacingException("you-said.error.theme-unknown");
        }
        if (draft.actionId() != null && !store.actionExists(draft.actionId())) {
            throw new UserFacingException("you-said.error.action-unknown");
        }
        if (draft.itemIds().size() > YouSaidEntry.MAX_ITEMS) {
            throw new UserFacingException("you-said.error.too-many-items", YouSaidEntry.MAX_ITEMS);
        }
        if (store.existingItems(draft.itemIds()) != draft.itemIds().size()) {
            throw new UserFacingException("you-said.error.item-gone");
        }
        return doneOn;
    }

    private static void text(String text, String field) {
        if (text.isBlank()) {
            throw new UserFacingException("you-said.error." + field + "-missing");
        }
        if (text.length() > YouSaidEntry.MAX_TEXT) {
            throw new UserFacingException("you-said.error." + field + "-too-long", YouSaidEntry.MAX_TEXT);
        }
        StorableText.require(text, true, "you-said.error." + field + "-unusual");
    }

    private static void checkPeriod(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new UserFacingException("you-said.error.period-backwards");
        }
        if (ChronoUnit.DAYS.between(from, to) > 3 * 366) {
            throw new UserFacingException("you-said.error.period-too-long");
        }
    }

    private EntryRow existing(long id) {
        return store.find(id).orElseThrow(() -> new UserFacingException("you-said.error.gone"));
    }

    private YouSaidEntry entry(EntryRow r) {
        return new YouSaidEntry(r.id(), r.heard(), r.did(), r.doneOn(),
                r.themeId() == null ? null : new Choice(r.themeId(), String.valueOf(r.themeName())),
                r.actionId() == null ? null : new Choice(r.actionId(), String.valueOf(r.actionTitle())),
                store.items(r.id()), r.createdAt(), r.publishedAt(), r.publishedBy() != null, r.version());
    }

    private static int clampLimit(int limit) {
        return Math.min(Math.max(limit, 1), MAX_PAGE);
    }

    private static String target(long id) {
        return "you-said:" + id;
    }
}

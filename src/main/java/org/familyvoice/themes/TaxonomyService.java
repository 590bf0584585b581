package org.familyvoice.themes;

import org.familyvoice.base.Codes;
import org.familyvoice.base.StorableText;
import org.familyvoice.base.UserFacingException;
import org.familyvoice.base.audit.AuditAction;
import org.familyvoice.base.audit.AuditLog;
import org.familyvoice.base.security.CurrentUser;
import org.familyvoice.themes.TaxonomyTheme.MappedArea;
import org.familyvoice.themes.repository.TaxonomyStore;
import org.familyvoice.themes.repository.TaxonomyStore.AreaRow;
import org.familyvoice.themes.repository.TaxonomyStore.ThemeRow;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The editable theme taxonomy, for administrators and managers: themes with their keywords and phrases, the
 * improvement areas each speaks to, and whether each is in use. A change raises the theme's version and change
 * time, so every node's {@link Taxonomy} rebuilds its tagger and the next text saved is tagged by the new terms
 * (texts already saved keep their tags). Terms are checked by building a tagger from them before anything is
 * stored ({@link TermCheck}); a refused save stores nothing.
 */
@Service
public class TaxonomyService {

    public static final int MAX_NAME = 120;
    public static final int MAX_DESCRIPTION = 500;
    /** The longest keyword or phrase list, stored as one text with | between the terms. */
    public static final int MAX_TERMS_TEXT = 8000;

    private final TaxonomyStore store;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    TaxonomyService(TaxonomyStore store, CurrentUser currentUser, AuditLog audit, Clock clock) {
        this.store = store;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** A page of themes, those in use first, then by name; inactive ones too. */
    @PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
    @Transactional(readOnly = true)
    public List<TaxonomyTheme> themes(int offset, int limit) {
        List<ThemeRow> rows = store.themes(offset, limit);
        Map<Long, List<AreaRow>> areas = store.areasOf(rows.stream().map(ThemeRow::id).toList());
        return rows.stream().map(r -> theme(r, areas.getOrDefault(r.id(), List.of()))).toList();
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
    @Transactional(readOnly = true)
    public int countThemes() {
        return store.countThemes();
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
    @Transactional(readOnly = true)
    public TaxonomyTheme theme(long id) {
        ThemeRow row = store.theme(id).orElseThrow(() -> new UserFacingException("taxonomy.error.not-found"));
        return theme(row, store.areasOf(List.of(id)).getOrDefault(id, List.of()));
    }

    /** The improvement areas a theme can be mapped to: those in use first, in the plan's order. */
    @PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
    @Transactional(readOnly = true)
    public List<MappedArea> areas() {
        return store.areas().stream().map(TaxonomyService::area).toList();
    }

    /** Adds a theme; its code is made from the name. Returns its id. */
    @PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
    @Transactional
    public long addTheme(ThemeEdit edit) {
        Checked c = check(edit, 0);
        String code = Codes.fromName(c.name(), "THEME", store::codeTaken);
        long id;
        try {
            id = store.insert(code, c.name(), c.description(), c.keywords(), c.phrases(), edit.active(),
                    clock.instant(), currentUser.require().id().value());
        } catch (DuplicateKeyException sameCodeAtOnce) {
            throw new UserFacingException("taxonomy.error.changed");
        }
        store.replaceAreas(id, edit.areaIds());
        audit.record(AuditAction.THEME_CHANGED, "theme:" + id, "added " + code + " (" + edit.keywords().size()
                + " keywords, " + edit.phrases().size() + " phrases, areas " + new TreeSet<>(edit.areaIds())
                + (edit.active() ? "" : ", not in use") + ")");
        return id;
    }

    /**
     * Changes a theme. {@code seenVersion} is the version the caller last saw: if someone else changed the theme
     * since, nothing is saved and the caller is told to look again.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
    @Transactional
    public TaxonomyTheme editTheme(long id, long seenVersion, ThemeEdit edit) {
        ThemeRow before = store.theme(id).orElseThrow(() -> new UserFacingException("taxonomy.error.not-found"));
        if (before.version() != seenVersion) {
            throw new UserFacingException("taxonomy.error.changed");
        }
        Checked c = check(edit, id);
        Set<Long> areasBefore = new TreeSet<>(store.areasOf(List.of(id)).getOrDefault(id, List.of()).stream()
                .map(AreaRow::id).toList());
        if (!store.update(id, seenVersion, c.name(), c.description(), c.keywords(), c.phrases(), edit.active(),
                clock.instant(), currentUser.require().id().value())) {
            throw new UserFacingException("taxonomy.error.changed");
        }
        Set<Long> areasAfter = new TreeSet<>(edit.areaIds());
        if (!areasAfter.equals(areasBefore)) {
            store.replaceAreas(id, areasAfter);
        }
        audit.record(AuditAction.THEME_CHANGED, "theme:" + id, before.code() + ": " + changes(before, c, edit.active(),
                areasBefore, areasAfter));
        return theme(id);
    }

    private record Checked(String name, String description, String keywords, String phrases) {
    }

    private Checked check(ThemeEdit edit, long id) {
        String name = edit.name().strip();
        if (name.isEmpty()) {
            throw new UserFacingException("taxonomy.error.name-required");
        }
        if (name.length() > MAX_NAME) {
            throw new UserFacingException("taxonomy.error.name-too-long", MAX_NAME);
        }
        StorableText.require(name, false, "taxonomy.error.name-hidden");
        if (store.nameTaken(name, id)) {
            throw new UserFacingException("taxonomy.error.name-taken", name);
        }
        String description = edit.description().strip();
        if (description.isEmpty()) {
            throw new UserFacingException("taxonomy.error.description-required");
        }
        if (description.length() > MAX_DESCRIPTION) {
            throw new UserFacingException("taxonomy.error.description-too-long", MAX_DESCRIPTION);
        }
        StorableText.require(description, true, "taxonomy.error.description-hidden");
        List<String> keywords = edit.keywords().stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        List<String> phrases = edit.phrases().stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        TermCheck.check(keywords, phrases);
        String keywordText = String.join("|", keywords);
        if (keywordText.length() > MAX_TERMS_TEXT) {
            throw new UserFacingException("taxonomy.error.keywords-too-long", MAX_TERMS_TEXT);
        }
        String phraseText = String.join("|", phrases);
        if (phraseText.length() > MAX_TERMS_TEXT) {
            throw new UserFacingException("taxonomy.error.phrases-too-long", MAX_TERMS_TEXT);
        }
        if (store.countAreas(edit.areaIds()) != edit.areaIds().size()) {
            throw new UserFacingException("taxonomy.error.area-unknown");
        }
        return new Checked(name, description, keywordText, phraseText);
    }

    private static String changes(ThemeRow before, Checked after, boolean active, Set<Long> areasBefore,
                                  Set<Long> areasAfter) {
        List<String> changed = new ArrayList<>();
        if (!before.name().equals(after.name())) {
            changed.add("name");
        }
        if (!before.description().equals(after.description())) {
            changed.add("description");
        }
        if (!before.keywords().equals(after.keywords())) {
            changed.add("keywords");
        }
        if (!before.phrases().equals(after.phrases())) {
            changed.add("phrases");
        }
        if (!areasBefore.equals(areasAfter)) {
            changed.add("areas " + areasAfter);
        }
        if (before.active() != active) {
            changed.add(active ? "in use again" : "no longer in use");
        }
        return changed.isEmpty() ? "saved unchanged" : String.join(", ", changed);
    }

    private static TaxonomyTheme theme(ThemeRow r, List<AreaRow> areas) {
        return new TaxonomyTheme(r.id(), r.code(), r.name(), r.description(), TermListLoader.list(r.keywords()),
                TermListLoader.list(r.phrases()), r.active(), r.changedAt(), r.version(),
                areas.stream().map(TaxonomyService::area).toList());
    }

    private static MappedArea area(AreaRow a) {
        return new MappedArea(a.id(), a.name(), a.active());
    }
}

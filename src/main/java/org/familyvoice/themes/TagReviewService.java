package org.familyvoice.themes;

import org.familyvoice.base.FamilyId;
import org.familyvoice.base.Roles;
import org.familyvoice.base.TeamId;
import org.familyvoice.base.UserFacingException;
import org.familyvoice.base.UserId;
import org.familyvoice.base.audit.AuditAction;
import org.familyvoice.base.audit.AuditLog;
import org.familyvoice.base.security.CurrentUser;
import org.familyvoice.base.security.FamilyVoiceUser;
import org.familyvoice.families.AccessPolicy;
import org.familyvoice.families.FamilyAccess.Level;
import org.familyvoice.themes.repository.TagReviewStore;
import org.familyvoice.themes.repository.TagReviewStore.ItemRow;
import org.familyvoice.themes.repository.TagReviewStore.Reviewer;
import org.familyvoice.themes.repository.VoiceStore;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Staff confirm or correct the themes and feeling the tagger gave a family's words; corrections are kept and shown,
 * and the words of corrected items suggest keywords a theme is missing. Who may do what:
 * <ul>
 *   <li>a practitioner: reads the items of their team's families (as {@link AccessPolicy} lets them read the family)
 *       and confirms or corrects those of the families allocated to them;</li>
 *   <li>a manager: reads, confirms and corrects their team's families' items and the anonymous feedback for their team
 *       (or for no team, as the feedback list shows it to every manager); sees keyword suggestions from those;</li>
 *   <li>anyone else: nothing. An item the caller may not read looks exactly like one that does not exist.</li>
 * </ul>
 * Corrections move the item's counts in the rollups in the same transaction ({@link VoiceRecorder#retag}). Every
 * page of items read, every confirmation and every correction is audited.
 */
@Service
public class TagReviewService {

    /** Most themes an item may have, as the tagger gives at most this many. */
    public static final int MAX_THEMES = ThemeTagger.MAX_THEMES;
    /** A word must appear in at least this many corrected items to be suggested. */
    public static final int SUGGESTION_MIN_ITEMS = 2;
    public static final int MAX_SUGGESTIONS = 10;
    private static final int SUGGESTION_CANDIDATES = 200;
    private static final String NOT_FOUND = "no such item";

    private final TagReviewStore store;
    private final VoiceStore voiceStore;
    private final VoiceRecorder recorder;
    private final Taxonomy taxonomy;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;
    private final TextAnalysis analysis = new TextAnalysis();

    TagReviewService(TagReviewStore store, VoiceStore voiceStore, VoiceRecorder recorder, Taxonomy taxonomy,
                     CurrentUser currentUser, AuditLog audit, Clock clock) {
        this.store = store;
        this.voiceStore = voiceStore;
        this.recorder = recorder;
        this.taxonomy = taxonomy;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- reading

    /** The active themes, for choosing and filtering. */
    @PreAuthorize("hasAnyRole('PRACTITIONER', 'MANAGER')")
    @Transactional(readOnly = true)
    public List<ThemeRef> themes() {
        return taxonomy.current().themes().stream()
                .sorted(java.util.Comparator.comparing(ThemeRef::name)).toList();
    }

    /**
     * A page of the items the caller may read, newest first, with their themes and corrections: the first page, or
     * the one after the item {@code after} (so items checked meanwhile, which may have left the filter, shift
     * nothing). Audited.
     */
    @PreAuthorize("hasAnyRole('PRACTITIONER', 'MANAGER')")
    @Transactional
    public List<ReviewItem> items(ReviewFilter filter, @Nullable ReviewItem after, int limit) {
        FamilyVoiceUser me = currentUser.require();
        List<ItemRow> rows = store.page(reviewer(me), filter.notYetReviewed(), filter.themeId(),
                after == null ? null : after.saidAt(), after == null ? 0 : after.id(), limit);
        if (!rows.isEmpty()) {
            audit.record(AuditAction.THEME_REVIEW_VIEWED, "voice-items",
                    rows.stream().map(r -> String.valueOf(r.id())).collect(Collectors.joining(",", "items ", "")));
        }
        return toItems(me, rows);
    }

    @PreAuthorize("hasAnyRole('PRACTITIONER', 'MANAGER')")
    @Transactional(readOnly = true)
    public int count(ReviewFilter filter) {
        FamilyVoiceUser me = currentUser.require();
        return store.count(reviewer(me), filter.notYetReviewed(), filter.themeId());
    }

    /** One item, as it is now (e.g. after someone else corrected it). */
    @PreAuthorize("hasAnyRole('PRACTITIONER', 'MANAGER')")
    @Transactional(readOnly = true)
    public ReviewItem item(long itemId) {
        FamilyVoiceUser me = currentUser.require();
        return toItems(me, List.of(readable(me, itemId))).getFirst();
    }

    /** Every correction of an item, oldest first. */
    @PreAuthorize("hasAnyRole('PRACTITIONER', 'MANAGER')")
    @Transactional(readOnly = true)
    public List<TagChange> history(long itemId) {
        FamilyVoiceUser me = currentUser.require();
        readable(me, itemId);
        Map<String, String> names = store.themeNames();
        return store.changes(List.of(itemId)).stream().map(c -> change(c, names)).toList();
    }

    // ---------------------------------------------------------------- changes

    /** The themes and feeling are right as they are: marks the item reviewed. */
    @PreAuthorize("hasAnyRole('PRACTITIONER', 'MANAGER')")
    @Transactional
    public ReviewItem confirm(long itemId) {
        FamilyVoiceUser me = currentUser.require();
        writable(me, itemId);
        store.lock(itemId);
        confirmed(me, itemId);
        return item(me, itemId);
    }

    /**
     * Replaces an item's themes (up to {@value #MAX_THEMES} active ones, none if no theme fits) and feeling, moves its
     * counts, keeps the change with who and when, and marks it reviewed. The same themes and feeling again count as a
     * confirmation.
     */
    @PreAuthorize("hasAnyRole('PRACTITIONER', 'MANAGER')")
    @Transactional
    public ReviewItem correct(long itemId, List<Long> themeIds, Sentiment sentiment) {
        FamilyVoiceUser me = currentUser.require();
        writable(me, itemId);
        if (sentiment == null) {
            throw new UserFacingException("tag-review.error.sentiment");
        }
        List<Long> wanted = themeIds.stream().distinct().toList();
        if (wanted.size() > MAX_THEMES) {
            throw new UserFacingException("tag-review.error.too-many", MAX_THEMES);
        }
        Set<Long> active = taxonomy.current().themes().stream().map(ThemeRef::id).collect(Collectors.toSet());
        if (!active.containsAll(wanted)) {
            throw new UserFacingException("tag-review.error.unknown-theme");
        }
        store.lock(itemId);
        List<Long> had = voiceStore.themeIds(itemId);
        Sentiment before = Sentiment.valueOf(store.sentiment(itemId));
        if (new HashSet<>(had).equals(new HashSet<>(wanted)) && before == sentiment) {
            confirmed(me, itemId);
            return item(me, itemId);
        }
        recorder.retag(itemId, wanted, sentiment);
        Map<Long, String> codes = store.themeCodes();
        String from = codes(had, codes);
        String to = codes(wanted, codes);
        Instant now = clock.instant();
        store.insertChange(itemId, me.id().value(), me.displayName(), now, from, to, before.name(), sentiment.name());
        voiceStore.markReviewed(itemId, me.id().value(), now);
        audit.record(AuditAction.THEME_TAGS_CORRECTED, "voice-item:" + itemId,
                "themes " + from + " -> " + to + ", sentiment " + before + " -> " + sentiment);
        return item(me, itemId);
    }

    private void confirmed(FamilyVoiceUser me, long itemId) {
        store.confirmThemes(itemId);
        voiceStore.markReviewed(itemId, me.id().value(), clock.instant());
        audit.record(AuditAction.THEME_TAGS_CONFIRMED, "voice-item:" + itemId, null);
    }

    private static String codes(List<Long> ids, Map<Long, String> codes) {
        return ids.stream().map(id -> codes.getOrDefault(id, String.valueOf(id))).sorted()
                .collect(Collectors.joining("|"));
    }

    // ---------------------------------------------------------------- keyword suggestions

    /**
     * Words and two-word phrases that appear in at least {@value #SUGGESTION_MIN_ITEMS} of the items (of the caller's
     * team) that staff gave this theme although the tagger had not, and that no theme's keywords cover yet: most
     * frequent first, at most {@value #MAX_SUGGESTIONS}. Counted in SQL; only the candidate terms are read.
     */
    @PreAuthorize("hasRole('MANAGER')")
    @Transactional(readOnly = true)
    public List<KeywordSuggestion> keywordSuggestions(long themeId) {
        FamilyVoiceUser me = currentUser.require();
        TagReviewStore.ThemeTerms theme = store.themeTerms(themeId)
                .orElseThrow(() -> new UserFacingException("tag-review.error.unknown-theme"));
        ThemeTagger tagger = taxonomy.current().tagger();
        Set<String> own = ownStems(theme);
        List<KeywordSuggestion> suggestions = new ArrayList<>();
        for (TagReviewStore.TermCount t : store.termsOfItemsGivenTheTheme(reviewer(me), themeId, theme.code(),
                SUGGESTION_MIN_ITEMS, SUGGESTION_CANDIDATES)) {
            if (suggestions.size() == MAX_SUGGESTIONS) {
                break;
            }
            if (!tagger.covers(t.term()) && !own.containsAll(List.of(t.term().split(" ")))) {
                suggestions.add(new KeywordSuggestion(t.term(), t.items()));
            }
        }
        return suggestions;
    }

    /** The stems of a theme's own keywords and phrases (also when it is no longer active, so not in the tagger). */
    private Set<String> ownStems(TagReviewStore.ThemeTerms theme) {
        Set<String> stems = new LinkedHashSet<>();
        List<String> terms = new ArrayList<>(TermListLoader.list(theme.keywords()));
        terms.addAll(TermListLoader.list(theme.phrases()));
        for (String term : terms) {
            String plain = term.startsWith("+") ? term.substring(1) : term;
            int caret = plain.lastIndexOf('^');
            stems.addAll(analysis.stems(caret > 0 ? plain.substring(0, caret) : plain));
        }
        return stems;
    }

    // ---------------------------------------------------------------- access

    private static Reviewer reviewer(FamilyVoiceUser me) {
        if (!me.hasRole(Roles.PRACTITIONER) && !me.hasRole(Roles.MANAGER)) {
            throw new AccessDeniedException("practitioners and managers only");
        }
        return new Reviewer(me.id().value(), me.teamId() == null ? null : me.teamId().value(),
                me.hasRole(Roles.MANAGER));
    }

    /** What the caller may do with the item: the family's rule, or for anonymous feedback, its team's managers'. */
    static Level level(FamilyVoiceUser me, ItemRow row) {
        if (row.familyId() != null) {
            return AccessPolicy.decide(me, new FamilyId(row.familyId()),
                    row.familyTeamId() == null ? null : new TeamId(row.familyTeamId()),
                    row.allocatedPractitionerId() == null ? new UserId(-1) : new UserId(row.allocatedPractitionerId()));
        }
        boolean teamManager = me.hasRole(Roles.MANAGER) && me.teamId() != null
                && (row.teamId() == 0 || row.teamId() == me.teamId().value());
        return teamManager ? Level.WRITE : Level.NONE;
    }

    private ItemRow readable(FamilyVoiceUser me, long itemId) {
        ItemRow row = store.find(itemId).orElse(null);
        if (row == null || level(me, row) == Level.NONE) {
            throw deny(itemId, NOT_FOUND);
        }
        return row;
    }

    private ItemRow writable(FamilyVoiceUser me, long itemId) {
        ItemRow row = readable(me, itemId);
        if (level(me, row) != Level.WRITE) {
            throw deny(itemId, "may read but not change it");
        }
        return row;
    }

    private AccessDeniedException deny(long itemId, String why) {
        audit.recordSecurityEvent(null, AuditAction.ACCESS_DENIED, "voice-item:" + itemId, why);
        return new AccessDeniedException("no access to voice item " + itemId + ": " + why);
    }

    // ---------------------------------------------------------------- records

    private ReviewItem item(FamilyVoiceUser me, long itemId) {
        return toItems(me, List.of(store.find(itemId).orElseThrow())).getFirst();
    }

    private List<ReviewItem> toItems(FamilyVoiceUser me, List<ItemRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(ItemRow::id).toList();
        Map<Long, List<ThemeRef>> themes = store.themes(ids).stream().collect(Collectors.groupingBy(
                TagReviewStore.ItemTheme::itemId,
                Collectors.mapping(t -> new ThemeRef(t.themeId(), t.code(), t.name()), Collectors.toList())));
        Map<String, String> names = store.themeNames();
        Map<Long, List<TagChange>> changes = store.changes(ids).stream().collect(Collectors.groupingBy(
                TagReviewStore.ChangeRow::itemId, Collectors.mapping(c -> change(c, names), Collectors.toList())));
        return rows.stream().map(r -> new ReviewItem(r.id(), VoiceOrigin.valueOf(r.origin()),
                VoiceSource.valueOf(r.source()), r.saidAt(), r.text(), r.familyName(),
                themes.getOrDefault(r.id(), List.of()), Sentiment.valueOf(r.sentiment()), r.reviewedAt(),
                r.reviewedBy(), level(me, r) == Level.WRITE, changes.getOrDefault(r.id(), List.of()))).toList();
    }

    private static TagChange change(TagReviewStore.ChangeRow c, Map<String, String> names) {
        return new TagChange(c.changedBy(), c.changedAt(), themeNames(c.themesBefore(), names),
                themeNames(c.themesAfter(), names), Sentiment.valueOf(c.sentimentBefore()),
                Sentiment.valueOf(c.sentimentAfter()));
    }

    private static List<String> themeNames(String codes, Map<String, String> names) {
        return TermListLoader.list(codes).stream().map(code -> names.getOrDefault(code, code)).sorted().toList();
    }
}

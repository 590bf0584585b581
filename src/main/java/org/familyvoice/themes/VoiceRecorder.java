package org.familyvoice.themes;

import org.familyvoice.base.TeamId;
import org.familyvoice.themes.repository.RollupChanges;
import org.familyvoice.themes.repository.VoiceStore;
import org.familyvoice.themes.repository.VoiceStore.ItemKey;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the features that store families' words hand them over: each text its author allowed to be used for
 * improvement is tagged with themes and a sentiment, redacted for people who may not see the family, and counted
 * in the rollups the dashboard reads, all in the caller's transaction, so an item and its counts are stored or lost
 * together. Not a page's service: the feedback and meetings services call it after their own access checks, so it
 * requires their transaction rather than checking a caller itself.
 */
@Service
public class VoiceRecorder {

    private final VoiceStore store;
    private final Taxonomy taxonomy;
    private final Redactor redactor = new Redactor();
    private final ZoneId zone;

    VoiceRecorder(VoiceStore store, Taxonomy taxonomy,
                  @org.springframework.beans.factory.annotation.Value("${familyvoice.themes.zone:Europe/London}") ZoneId zone) {
        this.store = store;
        this.taxonomy = taxonomy;
        this.zone = zone;
    }

    /** Tags and counts the words; if the same origin was recorded before, the old copy is replaced. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(SaidText said) {
        RollupChanges changes = new RollupChanges();
        store.findItem(said.origin().name(), said.originId()).ifPresent(old -> store.deleteItem(old, changes));
        Taxonomy.Snapshot snapshot = taxonomy.current();
        Tagging tagging = snapshot.tagger().tag(said.text());
        List<String> names = new java.util.ArrayList<>(store.knownNames());
        names.addAll(said.knownNames());
        String redacted = redactor.redact(said.text(), names);
        LocalDate day = LocalDate.ofInstant(said.saidAt(), zone);
        long team = said.teamId() == null ? 0 : said.teamId().value();
        String meetingType = said.meetingType() == null ? "NONE" : said.meetingType();
        long id = store.insertItem(said.origin().name(), said.originId(),
                said.familyId() == null ? null : said.familyId().value(), team, said.source().name(), meetingType,
                said.contributorKey(), said.author() == null ? null : said.author().value(), said.mayContact(),
                said.saidAt(), day, said.text(), redacted, tagging.sentiment().name());
        ItemKey item = new ItemKey(id, day, team, said.source().name(), meetingType, said.origin().name(),
                tagging.sentiment().name(), said.contributorKey());
        changes.item(item, +1);
        Map<String, ThemeRef> byCode = snapshot.byCode();
        for (String code : tagging.codes()) {
            ThemeRef theme = byCode.get(code);
            if (theme != null) {
                store.addTheme(item, theme.id(), false, changes);
            }
        }
        store.addTerms(item, snapshot.tagger().terms(said.text()), changes);
        store.apply(changes);
    }

    /** Takes the words out of themes and counts (withdrawn, or consent taken back). Nothing happens if absent. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void forget(VoiceOrigin origin, long originId) {
        RollupChanges changes = new RollupChanges();
        store.findItem(origin.name(), originId).ifPresent(item -> store.deleteItem(item, changes));
        store.apply(changes);
    }

    /** Counts one feedback form, with or without words, and its ratings for the headline figures. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void countFeedbackForm(Instant at, @Nullable TeamId team, VoiceSource source, @Nullable Integer listened,
                                  @Nullable Integer understood, @Nullable Integer respected) {
        store.countFeedbackForm(LocalDate.ofInstant(at, zone), team == null ? 0 : team.value(), source.name(),
                listened, understood, respected);
    }

    /**
     * Replaces an item's themes and sentiment (a member of staff's correction, checked by the caller), moving its
     * counts from the old cells of the rollups to the new ones. Returns the theme ids it had before.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    List<Long> retag(long itemId, List<Long> themeIds, Sentiment sentiment) {
        ItemKey before = store.findItem(itemId).orElseThrow();
        List<Long> had = store.themeIds(itemId);
        RollupChanges changes = new RollupChanges();
        store.removeThemes(before, changes);
        changes.item(before, -1);
        store.setSentiment(itemId, sentiment.name());
        ItemKey after = new ItemKey(before.id(), before.saidOn(), before.teamId(), before.source(),
                before.meetingType(), before.origin(), sentiment.name(), before.contributorKey());
        changes.item(after, +1);
        for (long theme : themeIds.stream().distinct().toList()) {
            store.addTheme(after, theme, true, changes);
        }
        store.apply(changes);
        return had;
    }

    Optional<ItemKey> item(long itemId) {
        return store.findItem(itemId);
    }
}

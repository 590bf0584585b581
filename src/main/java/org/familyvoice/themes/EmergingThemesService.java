package org.familyvoice.themes;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;
import org.familyvoice.base.audit.AuditAction;
import org.familyvoice.base.audit.AuditLog;
import org.familyvoice.themes.repository.EmergingQueries;
import org.familyvoice.themes.repository.EmergingQueries.Rising;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Emerging themes: words and two-word phrases families used clearly more in the last {@value #NOW_DAYS} days than
 * in the {@value #BEFORE_DAYS} days before, that no theme's keywords or phrases cover yet, as suggestions for the
 * taxonomy. "Clearly more": at a daily rate at least {@value #RISE} times the earlier one (or not used before at
 * all), and by at least {@link Figure#MIN_CONTRIBUTORS} more different people than the earlier rate would bring (so
 * never fewer than 5 people, and a word a few people always use does not rise by chance). Left out: terms
 * with a function word ("out", "again", "found out"), a word whose listed phrase already accounts for most of its uses
 * ("hub" when "family hub" is listed), and anything that only appears where quotes are redacted (names, addresses).
 * Strongest rise first, at most {@value #MAX_TERMS}, each with up to {@value #QUOTES} of its newest quotes from
 * different people, always redacted. Counted in SQL; only the few listed terms' quotes are read.
 */
@Service
public class EmergingThemesService {

    public static final int NOW_DAYS = 30;
    public static final int BEFORE_DAYS = 90;
    public static final int RISE = 3;
    public static final int MAX_TERMS = 10;
    public static final int QUOTES = 3;
    /** Longest quote shown: the part around the term. */
    public static final int QUOTE_CHARS = 300;
    /** At most this many candidates are looked at for their words in quotes (each is one small query). */
    private static final int MAX_CANDIDATES = 40;

    private final EmergingQueries queries;
    private final Taxonomy taxonomy;
    private final AuditLog audit;
    private final Clock clock;
    private final ZoneId zone;
    private final TermLabels labels = new TermLabels();
    private final Set<String> functionWords;

    EmergingThemesService(EmergingQueries queries, Taxonomy taxonomy, AuditLog audit, Clock clock,
                          @Value("${familyvoice.themes.zone:Europe/London}") ZoneId zone) {
        this.queries = queries;
        this.taxonomy = taxonomy;
        this.audit = audit;
        this.clock = clock;
        this.zone = zone;
        this.functionWords = functionWordStems(labels);
    }

    /** The terms that rose clearly in the last {@value #NOW_DAYS} days up to today. Audited (quotes are read). */
    @PreAuthorize("hasRole('MANAGER')")
    @Transactional
    public Emerging emerging() {
        LocalDate to = LocalDate.ofInstant(clock.instant(), zone);
        LocalDate from = to.minusDays(NOW_DAYS - 1);
        LocalDate beforeFrom = from.minusDays(BEFORE_DAYS);
        ThemeTagger tagger = taxonomy.current().tagger();
        List<Rising> candidates = queries.rising(beforeFrom, from, to, Figure.MIN_CONTRIBUTORS, RISE).stream()
                .filter(r -> !tagger.covers(r.term()) && !hasFunctionWord(r.term()))
                .sorted(Comparator.comparingDouble(EmergingThemesService::rise).reversed()
                        .thenComparing(Comparator.comparingInt(Rising::peopleNow).reversed())
                        .thenComparing(Rising::term))
                .limit(MAX_CANDIDATES)
                .toList();
        List<EmergingTerm> found = new ArrayList<>();
        for (Rising r : candidates) {
            List<String> quotes = queries.quotes(r.term(), from, to, QUOTES);
            String label = quotes.stream().map(q -> labels.surface(r.term(), q)).filter(Objects::nonNull)
                    .findFirst().orElse(null);
            if (label == null) {
                continue; // its words show only where quotes are redacted: a name or an address, not a theme
            }
            found.add(new EmergingTerm(r.term(), label, new Figure(r.itemsNow(), r.peopleNow()),
                    new Figure(r.itemsBefore(), Math.min(r.itemsBefore(), r.peopleBefore())),
                    quotes.stream().map(q -> TermLabels.excerpt(q, label, QUOTE_CHARS)).toList()));
        }
        List<EmergingTerm> terms = withoutWordsOfListedPhrases(found).stream().limit(MAX_TERMS).toList();
        audit.record(AuditAction.EMERGING_THEMES_VIEWED, null, from + ".." + to + " " + terms.size() + " terms, "
                + terms.stream().mapToInt(t -> t.quotes().size()).sum() + " redacted quotes");
        return new Emerging(from, to, beforeFrom, from.minusDays(1), terms);
    }

    /** The recent daily rate against the earlier one; a term not used before counts as used once then. */
    private static double rise(Rising r) {
        return (double) r.itemsNow() * BEFORE_DAYS / (NOW_DAYS * (double) Math.max(1, r.itemsBefore()));
    }

    /** A word is left out when a listed two-word phrase with it accounts for at least half of its uses. */
    private static List<EmergingTerm> withoutWordsOfListedPhrases(List<EmergingTerm> terms) {
        List<EmergingTerm> phrases = terms.stream().filter(t -> t.term().contains(" ")).toList();
        return terms.stream().filter(t -> t.term().contains(" ") || phrases.stream().noneMatch(p ->
                List.of(p.term().split(" ")).contains(t.term()) && 2 * p.now().items() >= t.now().items())).toList();
    }

    private boolean hasFunctionWord(String term) {
        for (String word : term.split(" ")) {
            if (functionWords.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Lucene's Snowball list of English function words ("out", "again", "very"...), as stems. */
    private static Set<String> functionWordStems(TermLabels labels) {
        try (Reader in = new InputStreamReader(Objects.requireNonNull(org.apache.lucene.analysis.snowball.SnowballFilter.class
                .getResourceAsStream("english_stop.txt")), StandardCharsets.UTF_8)) {
            CharArraySet words = WordlistLoader.getSnowballWordSet(in);
            Set<String> stems = new HashSet<>();
            for (Object word : words) {
                stems.addAll(labels.stems(new String((char[]) word)));
            }
            return Set.copyOf(stems);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

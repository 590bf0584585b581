package org.familyvoice.themes;

import org.familyvoice.themes.TextAnalysis.Token;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Tags a free text with up to three themes of a taxonomy and a sentiment.
 *
 * <p>Every keyword, phrase and lexicon entry is analysed once, when the tagger is built, with the same Lucene
 * analysis as the texts ({@link TextAnalysis}: standard tokenizer, possessives, lower case, stop words, Porter
 * stems). A text is analysed into stems and each term is matched as a sequence of stems, allowing one extra word
 * between two of its words ("kept us informed" matches "kept informed") but never across a clause. A stem that
 * is no known word but one typing slip away from one (Damerau distance 1, six letters or more, same first letter)
 * is read as that word, so "listend" and "infomred" still count.
 *
 * <p>Themes: each distinct term found adds its weight (1 unless the taxonomy says {@code ^weight}; a term marked
 * {@code +} counts only when not negated, so "not helpful" is no praise); a theme with
 * at least {@value #THRESHOLD} is given, strongest three first. Sentiment: the longest lexicon matches are taken
 * without overlap; a negation ("not", "never", "no one", "didn't", "nobody"...) up to {@value #NEGATION_WINDOW}
 * words before an entry, in the same clause, turns praise into complaint ("never returns my calls") and a
 * complaint into mild praise ("not rude"). Both present in strength gives {@link Sentiment#MIXED}; neither,
 * {@link Sentiment#NEUTRAL}.
 *
 * <p>Immutable and thread-safe; a tag takes time linear in the text (texts are cut at
 * {@value TextAnalysis#MAX_CHARS} characters).
 */
public final class ThemeTagger {

    public static final int MAX_THEMES = 3;
    static final double THRESHOLD = 1.0;
    static final int SLOP = 1;
    static final int NEGATION_WINDOW = 3;
    private static final int FUZZY_MIN_LENGTH = 6;
    /** Both sides at least this strong (and the weaker at least a third of the stronger) make a text MIXED. */
    private static final double MIXED_MIN = 1.0;
    private static final double MIXED_RATIO = 0.34;
    private static final double NEGATED_COMPLAINT_WEIGHT = 0.5;

    private static final List<String> NEGATIONS = List.of("not", "no", "never", "nobody", "noone", "none", "nothing",
            "neither", "nor", "without", "hardly", "barely", "cannot", "lack", "lacking", "fail", "failed",
            "didnt", "dont", "doesnt", "wasnt", "werent", "isnt", "arent", "cant", "couldnt", "wont", "wouldnt",
            "shouldnt", "havent", "hasnt", "hadnt", "aint");

    /** A keyword, phrase or lexicon entry as stems; {@code owner} is the theme's index or the polarity (+1, -1). */
    private record Term(List<String> stems, double weight, int owner, boolean affirmative) {
    }

    private record Match(Term term, int start, int end) {
    }

    private final TextAnalysis analysis = new TextAnalysis();
    private final List<String> codes;
    private final Map<String, List<Term>> themeTerms = new HashMap<>();
    private final Map<String, List<Term>> sentimentTerms = new HashMap<>();
    private final Set<String> negations = new HashSet<>();
    private final Set<String> vocabulary = new HashSet<>();
    /** The stems of the themes' keywords and phrases only (not the sentiment lexicon). */
    private final Set<String> themeVocabulary = new HashSet<>();
    /** Each vocabulary stem, and each of it with one letter deleted, to the vocabulary stems it comes from. */
    private final Map<String, TreeSet<String>> oneDeletion = new HashMap<>();

    public ThemeTagger(List<Theme> taxonomy, SentimentLexicon lexicon) {
        this.codes = taxonomy.stream().map(Theme::code).toList();
        for (int i = 0; i < taxonomy.size(); i++) {
            Theme theme = taxonomy.get(i);
            for (String keyword : theme.keywords()) {
                add(themeTerms, keyword, i);
            }
            for (String phrase : theme.phrases()) {
                add(themeTerms, phrase, i);
            }
            themeVocabulary.addAll(vocabulary);
        }
        lexicon.positive().forEach(term -> add(sentimentTerms, term, +1));
        lexicon.negative().forEach(term -> add(sentimentTerms, term, -1));
        for (String word : NEGATIONS) {
            negations.addAll(analysis.stems(word));
        }
        for (String stem : vocabulary) {
            if (stem.length() >= FUZZY_MIN_LENGTH && stem.chars().allMatch(Character::isLetter)) {
                oneDeletion.computeIfAbsent(stem, k -> new TreeSet<>()).add(stem);
                for (int i = 0; i < stem.length(); i++) {
                    oneDeletion.computeIfAbsent(deleteAt(stem, i), k -> new TreeSet<>()).add(stem);
                }
            }
        }
    }

    /** The seed themes with the standard sentiment lexicon. */
    public static ThemeTagger withSeedThemes() {
        return new ThemeTagger(SeedThemes.all(), SentimentLexicon.standard());
    }

    private void add(Map<String, List<Term>> index, String text, int owner) {
        double weight = 1.0;
        boolean affirmative = text.startsWith("+");
        String term = affirmative ? text.substring(1) : text;
        int caret = text.lastIndexOf('^');
        if (caret > 0) {
            weight = Double.parseDouble(term.substring(term.lastIndexOf('^') + 1).strip());
            term = term.substring(0, term.lastIndexOf('^'));
        }
        List<String> stems = analysis.stems(term);
        if (stems.isEmpty()) {
            throw new IllegalArgumentException("A term with only stop words cannot be matched: " + text);
        }
        vocabulary.addAll(stems);
        index.computeIfAbsent(stems.getFirst(), k -> new ArrayList<>()).add(new Term(stems, weight, owner, affirmative));
    }

    /** Tags a text: never fails, whatever it holds (empty, markup, emoji, very long). */
    public Tagging tag(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return new Tagging(List.of(), Sentiment.NEUTRAL);
        }
        List<Token> tokens = correctSlips(analysis.analyse(text));
        return new Tagging(themes(tokens), sentiment(tokens));
    }

    /** Most terms kept per text for emerging themes: enough for any real message, bounded for a pasted book. */
    static final int MAX_TERMS = 300;

    /**
     * The terms of a text for spotting emerging themes: each stem of three letters or more, and each pair of
     * neighbouring stems within a clause ("foster placement" as "foster placement"), without repeats, in order.
     */
    public Set<String> terms(@Nullable String text) {
        Set<String> terms = new java.util.LinkedHashSet<>();
        if (text == null || text.isBlank()) {
            return terms;
        }
        List<Token> tokens = analysis.analyse(text);
        for (int i = 0; i < tokens.size() && terms.size() < MAX_TERMS; i++) {
            String stem = tokens.get(i).stem();
            if (!word(stem)) {
                continue;
            }
            terms.add(stem);
            if (i + 1 < tokens.size() && !tokens.get(i + 1).clauseStart() && word(tokens.get(i + 1).stem())) {
                terms.add(stem + " " + tokens.get(i + 1).stem());
            }
        }
        return terms;
    }

    private static boolean word(String stem) {
        return stem.length() >= 3 && stem.length() <= 38 && stem.chars().allMatch(Character::isLetter);
    }

    /** Whether a term from {@link #terms} is already part of the taxonomy: every stem of it is in some theme. */
    public boolean covers(String term) {
        for (String stem : term.split(" ")) {
            if (!themeVocabulary.contains(stem)) {
                return false;
            }
        }
        return true;
    }

    /** For tuning and reports: every theme and lexicon entry found in a text, as stems with owner and weight. */
    List<String> explain(String text) {
        List<Token> tokens = correctSlips(analysis.analyse(text));
        List<String> found = new ArrayList<>();
        for (Match m : matches(tokens, themeTerms)) {
            found.add(codes.get(m.term().owner()) + ":" + String.join(" ", m.term().stems()) + "^" + m.term().weight()
                    + (negated(tokens, m.start()) ? " (negated)" : ""));
        }
        for (Match m : matches(tokens, sentimentTerms)) {
            found.add((m.term().owner() > 0 ? "+" : "-") + ":" + String.join(" ", m.term().stems())
                    + (negated(tokens, m.start()) ? " (negated)" : ""));
        }
        return found;
    }

    private List<ThemeScore> themes(List<Token> tokens) {
        double[] scores = new double[codes.size()];
        Set<Term> found = new HashSet<>();
        for (Match match : matches(tokens, themeTerms)) {
            if (match.term().affirmative() && negated(tokens, match.start())) {
                continue; // "not helpful" is no praise
            }
            if (found.add(match.term())) {
                scores[match.term().owner()] += match.term().weight();
            }
        }
        List<ThemeScore> given = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            if (scores[i] >= THRESHOLD) {
                given.add(new ThemeScore(codes.get(i), scores[i]));
            }
        }
        given.sort(Comparator.comparingDouble(ThemeScore::score).reversed());
        return given.size() > MAX_THEMES ? given.subList(0, MAX_THEMES) : given;
    }

    private Sentiment sentiment(List<Token> tokens) {
        List<Match> matches = matches(tokens, sentimentTerms);
        // Longest first, then leftmost; a word already part of a longer entry does not count again.
        matches.sort(Comparator.comparingInt((Match m) -> m.term().stems().size()).reversed()
                .thenComparingInt(Match::start));
        boolean[] used = new boolean[tokens.size()];
        double positive = 0;
        double negative = 0;
        for (Match match : matches) {
            if (overlaps(used, match)) {
                continue;
            }
            for (int i = match.start(); i <= match.end(); i++) {
                used[i] = true;
            }
            double weight = match.term().weight();
            boolean praise = match.term().owner() > 0;
            if (negated(tokens, match.start())) {
                if (praise) {
                    negative += weight;
                } else {
                    positive += weight * NEGATED_COMPLAINT_WEIGHT;
                }
            } else if (praise) {
                positive += weight;
            } else {
                negative += weight;
            }
        }
        if (positive < THRESHOLD / 2 && negative < THRESHOLD / 2) {
            return Sentiment.NEUTRAL;
        }
        double strong = Math.max(positive, negative);
        double weak = Math.min(positive, negative);
        if (weak >= MIXED_MIN && weak >= strong * MIXED_RATIO) {
            return Sentiment.MIXED;
        }
        return positive >= negative ? Sentiment.POSITIVE : Sentiment.NEGATIVE;
    }

    private static boolean overlaps(boolean[] used, Match match) {
        for (int i = match.start(); i <= match.end(); i++) {
            if (used[i]) {
                return true;
            }
        }
        return false;
    }

    /** Whether a negation stands up to {@link #NEGATION_WINDOW} words before {@code start}, in the same clause. */
    private boolean negated(List<Token> tokens, int start) {
        for (int k = start - 1; k >= 0 && k >= start - NEGATION_WINDOW; k--) {
            if (tokens.get(k + 1).clauseStart()) {
                return false;
            }
            String stem = tokens.get(k).stem();
            if (negations.contains(stem) || stem.endsWith("n't")) {
                return true;
            }
        }
        return false;
    }

    /** Every occurrence of every term, each as a sequence of stems with at most {@link #SLOP} words between. */
    private static List<Match> matches(List<Token> tokens, Map<String, List<Term>> index) {
        List<Match> matches = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            List<Term> candidates = index.get(tokens.get(i).stem());
            if (candidates == null) {
                continue;
            }
            for (Term term : candidates) {
                int end = matchFrom(tokens, i, term.stems());
                if (end >= 0) {
                    matches.add(new Match(term, i, end));
                }
            }
        }
        return matches;
    }

    private static int matchFrom(List<Token> tokens, int start, List<String> stems) {
        int position = start;
        for (int j = 1; j < stems.size(); j++) {
            int found = -1;
            for (int k = position + 1; k <= position + 1 + SLOP && k < tokens.size(); k++) {
                if (tokens.get(k).clauseStart()) {
                    break;
                }
                if (tokens.get(k).stem().equals(stems.get(j))) {
                    found = k;
                    break;
                }
            }
            if (found < 0) {
                return -1;
            }
            position = found;
        }
        return position;
    }

    /** Unknown stems one typing slip from a known one are read as the known one. */
    private List<Token> correctSlips(List<Token> tokens) {
        Map<String, String> seen = new HashMap<>();
        List<Token> corrected = new ArrayList<>(tokens.size());
        for (Token token : tokens) {
            String stem = token.stem();
            String known = seen.computeIfAbsent(stem, this::nearestKnown);
            corrected.add(known.equals(stem) ? token : new Token(known, token.clauseStart()));
        }
        return corrected;
    }

    private String nearestKnown(String stem) {
        if (stem.length() < FUZZY_MIN_LENGTH || vocabulary.contains(stem) || negations.contains(stem)
                || !stem.chars().allMatch(Character::isLetter)) {
            return stem;
        }
        TreeSet<String> candidates = new TreeSet<>();
        TreeSet<String> same = oneDeletion.get(stem);
        if (same != null) {
            candidates.addAll(same);
        }
        for (int i = 0; i < stem.length(); i++) {
            TreeSet<String> near = oneDeletion.get(deleteAt(stem, i));
            if (near != null) {
                candidates.addAll(near);
            }
        }
        for (String candidate : candidates) {
            if (candidate.charAt(0) == stem.charAt(0) && withinOneSlip(stem, candidate)) {
                return candidate;
            }
        }
        return stem;
    }

    private static String deleteAt(String s, int i) {
        return s.substring(0, i) + s.substring(i + 1);
    }

    /** Optimal string alignment distance at most 1: one letter added, dropped, changed, or two swapped. */
    static boolean withinOneSlip(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1) {
            return false;
        }
        int i = 0;
        while (i < Math.min(la, lb) && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (la == lb) {
            if (a.substring(i + 1).equals(b.substring(i + 1))) {
                return true; // one changed
            }
            return i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.substring(i + 2).equals(b.substring(i + 2)); // two swapped
        }
        return la > lb ? a.substring(i + 1).equals(b.substring(i)) : b.substring(i + 1).equals(a.substring(i));
    }
}

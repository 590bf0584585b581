package org.familyvoice.feedback;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The screener's second layer: rules over <em>kinds of words</em> rather than exact phrases. Each {@link Concept}
 * is a small vocabulary (a person at home, a harm verb, a basic need, a length of time...) written as plain words
 * and stemmed with Lucene's Porter stemmer, so "hit", "hits" and "hitting", or "starve" and "starving", are one
 * entry. A {@link Rule} fires when one word of each of its concepts turns up within a few words of the others:
 * "heating" + "off" + "weeks" is neglect in whatever order and wording it comes.
 *
 * <p>The rules were written from what each kind of disclosure <em>means</em> (who, doing what, for how long) and
 * checked against the development sets and the probe sentences in {@code DisclosureScreenerTest}; they are not
 * copies of the labelled sentences.
 */
final class MeaningRules {

    private MeaningRules() {
    }

    /** Whitespace tokens (the text is already normalised) reduced to their Porter stems. */
    private static final Analyzer STEMMER = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new WhitespaceTokenizer();
            return new TokenStreamComponents(source, new PorterStemFilter(source));
        }
    };

    static List<String> stems(String normalised) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = STEMMER.tokenStream("text", normalised)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * A vocabulary: each entry one or more words, stemmed like the text. "*" stands for any one word; a word
     * written "=days" must match exactly, unstemmed (the stemmer folds "day" and "days" together).
     */
    record Concept(String name, List<String[]> phrases) {
    }

    static Concept concept(String name, String... entries) {
        List<String[]> phrases = new ArrayList<>();
        for (String entry : entries) {
            String[] words = entry.split(" ");
            String[] keys = new String[words.length];
            for (int i = 0; i < words.length; i++) {
                String w = words[i];
                keys[i] = w.equals("*") || w.startsWith("=") ? w : stems(w).getFirst();
            }
            phrases.add(keys);
        }
        return new Concept(name, phrases);
    }

    /** Words from start (inclusive) to end (exclusive). */
    record Span(int start, int end) {
    }

    static List<Span> find(Concept concept, List<String> stems, List<String> words) {
        List<Span> spans = new ArrayList<>();
        for (int i = 0; i < stems.size(); i++) {
            for (String[] phrase : concept.phrases()) {
                if (matchesAt(phrase, i, stems, words)) {
                    spans.add(new Span(i, i + phrase.length));
                }
            }
        }
        return spans;
    }

    private static boolean matchesAt(String[] phrase, int at, List<String> stems, List<String> words) {
        if (at + phrase.length > stems.size()) {
            return false;
        }
        for (int k = 0; k < phrase.length; k++) {
            String key = phrase[k];
            if (key.equals("*")) {
                continue;
            }
            boolean ok = key.startsWith("=") ? words.get(at + k).equals(key.substring(1)) : stems.get(at + k).equals(key);
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /**
     * Fires when one entry of every concept occurs and all of them fit in {@code window} words; if
     * {@code ordered}, in the order given. {@code unless}, when found anywhere in the text, stops the rule (a
     * context that makes the words ordinary, such as play fighting).
     */
    record Rule(Concern concern, boolean urgent, String catches, int window, boolean ordered, List<Concept> concepts,
                @Nullable Concept unless) {

        @Nullable Span match(List<String> stems, List<String> words) {
            if (unless != null && !find(unless, stems, words).isEmpty()) {
                return null;
            }
            List<List<Span>> hits = new ArrayList<>();
            for (Concept c : concepts) {
                List<Span> found = find(c, stems, words);
                if (found.isEmpty()) {
                    return null;
                }
                hits.add(found);
            }
            return search(hits, 0, new Span[hits.size()]);
        }

        private @Nullable Span search(List<List<Span>> hits, int level, Span[] chosen) {
            if (level == hits.size()) {
                int start = Arrays.stream(chosen).mapToInt(Span::start).min().orElseThrow();
                int end = Arrays.stream(chosen).mapToInt(Span::end).max().orElseThrow();
                return end - start <= window ? new Span(start, end) : null;
            }
            for (Span s : hits.get(level)) {
                if (ordered && level > 0 && s.start() < chosen[level - 1].end()) {
                    continue;
                }
                chosen[level] = s;
                Span found = search(hits, level + 1, chosen);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
    }

    static Rule near(Concern concern, boolean urgent, String catches, int window, Concept... concepts) {
        return new Rule(concern, urgent, catches, window, false, List.of(concepts), null);
    }

    static Rule then(Concern concern, boolean urgent, String catches, int window, Concept... concepts) {
        return new Rule(concern, urgent, catches, window, true, List.of(concepts), null);
    }

    static Rule unless(Rule rule, Concept context) {
        return new Rule(rule.concern(), rule.urgent(), rule.catches(), rule.window(), rule.ordered(), rule.concepts(), context);
    }
}

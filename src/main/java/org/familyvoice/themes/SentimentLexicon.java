package org.familyvoice.themes;

import java.util.List;
import java.util.Objects;

/**
 * Words and phrases that carry praise or complaint, in {@code themes/sentiment-lexicon.tsv} (polarity, then a
 * |-separated list; a term may end in {@code ^weight}). Analysed like the text by the tagger.
 */
public record SentimentLexicon(List<String> positive, List<String> negative) {

    static final String RESOURCE = "/themes/sentiment-lexicon.tsv";

    public SentimentLexicon {
        positive = List.copyOf(positive);
        negative = List.copyOf(negative);
    }

    /** The lexicon shipped with the application. */
    public static SentimentLexicon standard() {
        List<String[]> rows = TermListLoader.rows(RESOURCE, 2);
        List<String> positive = new java.util.ArrayList<>();
        List<String> negative = new java.util.ArrayList<>();
        for (String[] row : rows) {
            switch (Objects.requireNonNull(row[0].strip())) {
                case "positive" -> positive.addAll(TermListLoader.list(row[1]));
                case "negative" -> negative.addAll(TermListLoader.list(row[1]));
                default -> throw new IllegalStateException(RESOURCE + ": unknown polarity " + row[0]);
            }
        }
        return new SentimentLexicon(positive, negative);
    }
}

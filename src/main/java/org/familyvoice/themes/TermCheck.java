package org.familyvoice.themes;

import org.familyvoice.base.StorableText;
import org.familyvoice.base.UserFacingException;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks a theme's keywords and phrases before they are stored, so a saved taxonomy always builds a tagger: each
 * term is one line without {@code |} (the stored separator) or hidden characters, a weight is a number after
 * {@code ^}, and the tagger must find a word in it to match (a term of stop words only, such as "the", never
 * could). The last rule is the tagger's own: the terms are built into a {@link ThemeTagger}, and the term it
 * refuses is named.
 */
final class TermCheck {

    private static final String CODE = "TERM_CHECK";
    static final double MIN_WEIGHT = 0.1;
    static final double MAX_WEIGHT = 5.0;
    private static final SentimentLexicon NO_LEXICON = new SentimentLexicon(List.of(), List.of());

    private TermCheck() {
    }

    /** Refuses the first term that could not be stored or matched, with a message naming it. */
    static void check(List<String> keywords, List<String> phrases) {
        List<String> all = new ArrayList<>(keywords);
        all.addAll(phrases);
        for (String term : all) {
            checkOne(term);
        }
        try {
            new ThemeTagger(List.of(new Theme(CODE, CODE, "", keywords, phrases)), NO_LEXICON);
        } catch (IllegalArgumentException e) {
            for (String term : all) {
                try {
                    new ThemeTagger(List.of(new Theme(CODE, CODE, "", List.of(term), List.of())), NO_LEXICON);
                } catch (IllegalArgumentException refused) {
                    throw new UserFacingException("taxonomy.error.stop-words-only", term);
                }
            }
            throw new UserFacingException("taxonomy.error.term", e.getMessage());
        }
    }

    private static void checkOne(String term) {
        if (term.contains("|")) {
            throw new UserFacingException("taxonomy.error.term-bar", term);
        }
        if (!StorableText.isStorable(term, false)) {
            throw new UserFacingException("taxonomy.error.term-hidden");
        }
        String words = term.startsWith("+") ? term.substring(1) : term;
        int caret = words.lastIndexOf('^');
        if (caret >= 0) {
            double weight;
            try {
                weight = Double.parseDouble(words.substring(caret + 1).strip());
            } catch (NumberFormatException e) {
                throw new UserFacingException("taxonomy.error.weight", term);
            }
            if (!(weight >= MIN_WEIGHT && weight <= MAX_WEIGHT)) {
                throw new UserFacingException("taxonomy.error.weight", term);
            }
            words = words.substring(0, caret);
        }
        if (words.isBlank()) {
            throw new UserFacingException("taxonomy.error.stop-words-only", term);
        }
    }
}

package org.familyvoice.themes;

import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an analysed term back into words people wrote: "famili hub" is shown as "family hub", found in a quote by
 * analysing each of its words the same way the term was made. Also cuts a long quote down to the part around
 * those words.
 */
final class TermLabels {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’]\\p{L}+)?");
    /** Stop words may stand between a phrase's two words ("cost of the bus"); more than this many may not. */
    private static final int MAX_GAP = 3;

    private record Word(int start, int end, List<String> stems) {
    }

    private final TextAnalysis analysis = new TextAnalysis();

    /** The stems of a word or phrase, as terms are made of them. */
    List<String> stems(String text) {
        return analysis.stems(text);
    }

    /** The words of {@code text} the term was made from, lower case, or null when they are not in it. */
    @Nullable String surface(String term, String text) {
        String[] parts = term.split(" ");
        List<Word> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(new Word(m.start(), m.end(), analysis.stems(m.group())));
        }
        for (int i = 0; i < words.size(); i++) {
            if (!words.get(i).stems().equals(List.of(parts[0]))) {
                continue;
            }
            if (parts.length == 1) {
                return lower(text.substring(words.get(i).start(), words.get(i).end()));
            }
            for (int j = i + 1; j < words.size() && j <= i + MAX_GAP; j++) {
                List<String> next = words.get(j).stems();
                if (next.isEmpty()) {
                    continue; // a stop word, as the analysis drops it
                }
                if (next.equals(List.of(parts[1]))) {
                    return lower(text.substring(words.get(i).start(), words.get(j).end()));
                }
                break;
            }
        }
        return null;
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.UK);
    }

    /** At most about {@code max} characters of the text around the first use of {@code words}, cut between words. */
    static String excerpt(String text, String words, int max) {
        if (text.length() <= max) {
            return text;
        }
        int at = Math.max(0, text.toLowerCase(Locale.UK).indexOf(words));
        int start = Math.max(0, Math.min(at - max / 3, text.length() - max));
        int end = Math.min(text.length(), start + max);
        if (start > 0) {
            int space = text.indexOf(' ', start);
            if (space >= 0 && space < at) {
                start = space + 1;
            }
        }
        if (end < text.length()) {
            int space = text.lastIndexOf(' ', end);
            if (space > at + words.length()) {
                end = space;
            }
        }
        return (start > 0 ? "…" : "") + text.substring(start, end).strip() + (end < text.length() ? "…" : "");
    }
}

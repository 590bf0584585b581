package org.familyvoice.themes;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names of people known to the system. Each known full name is matched whole ("Priya Shah"), and each of its
 * parts alone ("Priya", "Shah"; for "Anne-Marie" also "Anne" and "Marie"), as whole words only: "Shahid" is not
 * "Shah", but "Priya's" is "Priya" followed by "'s", and a family's plural ("the Harpers") is redacted whole.
 * Parts shorter than two letters are ignored.
 *
 * <p>Matching is on a folded copy of the text: lower case, accents removed (so "Zoë", "Zoe" and a decomposed
 * "Zoe" + combining diaeresis all match), with every folded character mapped back to the characters it came
 * from, so the original text is cut exactly. Apostrophes and hyphens inside a name match any apostrophe or hyphen,
 * a space or nothing ("O'Neill", "O’Neill", "ONeill").
 *
 * <p>A name part that is also an everyday word ("Will", "Hope", "May", "Young") is redacted only when written
 * with a capital letter, so "I hope you will call" keeps its words; the full name is redacted in any case. The same
 * holds for a name that is a little word alone ("on", "me", "the": a participant's name typed oddly).
 */
final class NameRedaction {

    private NameRedaction() {
    }

    private static final String WORD_CHAR = "[\\p{L}\\p{N}]";
    private static final Pattern WORD = Pattern.compile(WORD_CHAR + "+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** Word beginnings longer than this are not indexed (a pasted 10,000-letter "word" stays cheap). */
    private static final int LONGEST_FIRST_RUN = 40;

    /** Names that are everyday English words too; only capitalised occurrences of the part alone count. */
    private static final Set<String> EVERYDAY_WORDS = Set.of("will", "hope", "may", "june", "april", "august",
            "grace", "joy", "faith", "mark", "rose", "bill", "pat", "sue", "ray", "dawn", "amber", "summer", "autumn",
            "holly", "ivy", "sunny", "sky", "river", "brook", "hunter", "miles", "young", "white", "brown", "green",
            "black", "wood", "hill", "king", "long", "little", "love", "best", "rich", "frank", "hall", "lord",
            "bell", "moss", "rice", "hunt", "chase", "bright", "friend", "cross", "head", "day", "case", "sharp",
            "strong", "field", "park", "law", "read", "bond", "cook", "baker", "page", "stone", "wells",
            "price", "ward", "rush", "north", "south", "west", "east", "gray", "grey", "lamb", "fox", "patience",
            "honor", "honour", "mercy", "star", "jewel", "major", "gill", "sterling", "early", "wise", "penny",
            "carol", "robin", "jay", "drew", "gene", "van", "don", "art", "ken", "guy", "nick", "sandy", "angel");

    /**
     * Little words no one's name is made of alone, but that a name typed freely (another participant of a meeting)
     * can be: Lucene's English stop words and the pronouns. Redacted only when written with a capital letter, like
     * {@link #EVERYDAY_WORDS}.
     */
    private static final Set<String> LITTLE_WORDS = littleWords();

    private static Set<String> littleWords() {
        Set<String> words = new HashSet<>(Set.of("i", "me", "my", "mine", "we", "us", "our", "you", "your", "he",
                "him", "his", "she", "her", "hers", "they", "them", "its", "so", "do", "go", "up", "hi", "am", "oh",
                "ok", "yes", "all", "any", "can", "did", "get", "got", "has", "had", "how", "who", "why", "what"));
        org.apache.lucene.analysis.en.EnglishAnalyzer.ENGLISH_STOP_WORDS_SET
                .forEach(w -> words.add(new String((char[]) w)));
        return Set.copyOf(words);
    }

    /** The variants of the last list of names seen: a dashboard redacts many quotes against the same people. */
    private static volatile Variants last = new Variants(List.of(), List.of());

    /** Folded name variants, longest first, for one list of known names. */
    private record Variants(List<String> names, List<Variant> longestFirst) {
    }

    /** One folded variant and its first run of letters, which any text it occurs in must contain literally. */
    private record Variant(String folded, String firstRun) {
    }

    static List<RedactionSpan> find(String text, Collection<String> knownNames) {
        Folded folded = Folded.of(text);
        List<String> candidates = candidates(folded.text(), variants(knownNames));
        if (candidates.isEmpty()) {
            return List.of();
        }
        StringBuilder alternatives = new StringBuilder();
        for (String variant : candidates) {
            alternatives.append(alternatives.isEmpty() ? "" : "|").append(pattern(variant));
        }
        Pattern names = Pattern.compile("(?<!" + WORD_CHAR + ")(?:" + alternatives + ")s?(?!" + WORD_CHAR + ")");

        List<RedactionSpan> spans = new ArrayList<>();
        Matcher m = names.matcher(folded.text());
        while (m.find()) {
            int start = folded.originalStart(m.start());
            int end = folded.originalEnd(m.end());
            String word = m.group().replaceAll("[^\\p{L}]", "");
            boolean everyday = EVERYDAY_WORDS.contains(word) || EVERYDAY_WORDS.contains(word.replaceFirst("s$", ""))
                    || LITTLE_WORDS.contains(word);
            if (!everyday || Character.isUpperCase(text.codePointAt(start))) {
                spans.add(new RedactionSpan(start, end, Redactor.NAME));
            }
        }
        return spans;
    }

    private static List<Variant> variants(Collection<String> knownNames) {
        List<String> names = List.copyOf(knownNames);
        Variants cached = last;
        if (cached.names().equals(names)) {
            return cached.longestFirst();
        }
        Set<String> variants = new LinkedHashSet<>();
        for (String name : names) {
            String folded = Folded.of(name).text().strip();
            if (letters(folded) < 2) {
                continue;
            }
            variants.add(folded);
            for (String part : folded.split("\\s+")) {
                addIfLongEnough(variants, part);
                for (String piece : part.split("[-‐‑]")) {
                    addIfLongEnough(variants, piece);
                }
            }
        }
        List<Variant> longestFirst = new ArrayList<>();
        for (String variant : variants) {
            Matcher first = WORD.matcher(variant);
            if (first.find()) {
                longestFirst.add(new Variant(variant, first.group()));
            }
        }
        longestFirst.sort(Comparator.comparingInt((Variant v) -> v.folded().length()).reversed());
        Variants fresh = new Variants(names, List.copyOf(longestFirst));
        last = fresh;
        return fresh.longestFirst();
    }

    /**
     * Only the variants that can occur in this text: a variant's first run of letters appears literally in its
     * pattern, so it must begin some word of the text. Keeps the pattern small when thousands of people are known.
     */
    private static List<String> candidates(String foldedText, List<Variant> variants) {
        Set<String> wordStarts = new HashSet<>();
        Matcher word = WORD.matcher(foldedText);
        while (word.find()) {
            for (int end = word.start() + 1; end <= Math.min(word.end(), word.start() + LONGEST_FIRST_RUN); end++) {
                wordStarts.add(foldedText.substring(word.start(), end));
            }
        }
        List<String> candidates = new ArrayList<>();
        for (Variant variant : variants) {
            if (variant.firstRun().length() > LONGEST_FIRST_RUN || wordStarts.contains(variant.firstRun())) {
                candidates.add(variant.folded());
            }
        }
        return candidates;
    }

    private static void addIfLongEnough(Set<String> variants, String part) {
        String trimmed = part.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
        if (letters(trimmed) >= 2) {
            variants.add(trimmed);
        }
    }

    private static int letters(String s) {
        return (int) s.codePoints().filter(Character::isLetter).count();
    }

    /** A folded name as a pattern: separators loosened, everything else literal. */
    private static String pattern(String foldedName) {
        StringBuilder p = new StringBuilder();
        foldedName.codePoints().forEach(c -> {
            if (Character.isWhitespace(c)) {
                if (!p.toString().endsWith("\\s+")) {
                    p.append("\\s+");
                }
            } else if ("'’‘`ʼ".indexOf(c) >= 0) {
                p.append("(?:['’‘`ʼ]|\\s)?");
            } else if ("-‐‑–".indexOf(c) >= 0) {
                p.append("(?:[-‐‑–]|\\s)?");
            } else if (c == '.') {
                p.append("\\.?");
            } else {
                p.append(Pattern.quote(Character.toString(c)));
            }
        });
        return p.toString();
    }

    /** Text lower-cased and stripped of accents, with each folded char's source range in the original. */
    record Folded(String text, int[] starts, int[] ends) {

        static Folded of(String original) {
            StringBuilder out = new StringBuilder(original.length());
            int[] starts = new int[original.length() * 3 + 1];
            int[] ends = new int[original.length() * 3 + 1];
            int i = 0;
            while (i < original.length()) {
                int cp = original.codePointAt(i);
                int next = i + Character.charCount(cp);
                String base = cp < 128 ? Character.toString(Character.toLowerCase(cp))
                        : MARKS.matcher(Normalizer.normalize(Character.toString(cp), Normalizer.Form.NFD))
                        .replaceAll("").toLowerCase(Locale.ROOT);
                if (base.isEmpty() && !out.isEmpty()) {
                    ends[out.length() - 1] = next;
                }
                for (int k = 0; k < base.length(); k++) {
                    starts[out.length()] = i;
                    ends[out.length()] = next;
                    out.append(base.charAt(k));
                }
                i = next;
            }
            return new Folded(out.toString(), starts, ends);
        }

        int originalStart(int foldedStart) {
            return starts[foldedStart];
        }

        int originalEnd(int foldedEnd) {
            return ends[foldedEnd - 1];
        }
    }
}

package org.familyvoice.themes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** E-mail addresses, UK postcodes and street addresses ("14 Acacia Road", "Flat 3, 12a High St") in free text. */
final class PlaceRedaction {

    private PlaceRedaction() {
    }

    private static final Pattern EMAIL = Pattern.compile(
            "(?<![\\p{L}\\p{N}._%+-])[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}"
                    + "(?![\\p{L}\\p{N}-])");

    /**
     * The six outward shapes (A9, A99, AA9, AA99, A9A, AA9A) with the letters Royal Mail uses in each position,
     * an optional space, and the inward part (digit and two letters, never C, I, K, M, O or V); GIR 0AA too.
     * Case does not matter ("m1 1ae"): the letter rules keep ordinary words and times ("6 2pm") out.
     */
    private static final Pattern POSTCODE = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:GIR[ \\u00A0]?0AA|(?:[A-PR-UWYZ]\\d\\d?|[A-PR-UWYZ][A-HK-Y]\\d\\d?"
                    + "|[A-PR-UWYZ]\\d[A-HJKPSTUW]|[A-PR-UWYZ][A-HK-Y]\\d[ABEHMNPRVWXY])[ \\u00A0]?\\d[ABD-HJLNP-UW-Z]{2})"
                    + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE);

    private static final String STREET_WORDS = "Road|Rd|Street|St|Avenue|Ave|Lane|Ln|Close|Drive|Dr|Court|Ct"
            + "|Crescent|Cres|Way|Grove|Place|Pl|Terrace|Gardens|Gdns|Walk|Row|Square|Sq|Hill|Park|View";

    /** Group 1: the words of the street's name; group 2: the street word. Case is judged in code, not here. */
    private static final Pattern ADDRESS = Pattern.compile(
            "(?<![\\p{L}\\p{N}.,:/£$€-])"
                    + "(?:(?i:flat|apartment|apt|unit)\\.?[ \\u00A0]+\\d{1,4}[a-zA-Z]?,?[ \\u00A0]+)?"
                    + "\\d{1,4}[a-zA-Z]?(?:[-–]\\d{1,4}[a-zA-Z]?)?,?[ \\u00A0]+"
                    + "((?:\\p{L}[\\p{L}\\p{M}'’.-]*[ \\u00A0]+){1,3})"
                    + "((?i:" + STREET_WORDS + "))(?![\\p{L}\\p{N}])");

    /** Street words that, written in lower case after a number, are still almost always a street. */
    private static final Set<String> PLAIN_STREET_WORDS = Set.of("road", "rd", "street", "avenue", "lane",
            "crescent", "terrace", "gardens", "grove");

    /** Words that never name a street in lower case: "3 days down the road", "2 kids crossing the road". */
    private static final Set<String> NOT_STREET_NAMES = Set.of("the", "a", "an", "at", "in", "on", "to", "of", "up",
            "down", "my", "our", "your", "his", "her", "their", "and", "or", "by", "from", "for", "with", "along",
            "across", "off", "near", "other", "same", "main", "busy", "times", "time", "days", "day", "weeks", "week",
            "months", "years", "hours", "minutes", "mins", "miles", "kids", "children", "people", "doors", "houses",
            "more", "different", "new", "old", "next");

    /**
     * A lower-case address must follow a word that leads to one ("I live at 22 acacia road", "moved to 3 mill
     * lane"), so "there were 2 big road closures" stays.
     */
    private static final Set<String> BEFORE_LOWER_CASE_ADDRESS = Set.of("at", "to", "from", "near", "on", "in",
            "is", "of", "live", "lives", "living", "lived", "moved", "visited", "address", "flat", "number", "no");

    /** "Year 7 Park View", "Room 2 Oak Court", "Bus 14 Station Road": a number that belongs to the word before. */
    private static final Set<String> NUMBERED_THINGS = Set.of("year", "room", "class", "bus", "route", "page",
            "level", "floor", "platform", "stage", "step", "week", "day", "group", "table", "set", "grade", "ward",
            "chapter", "section", "item", "question");

    /** Courts that are institutions, not streets: "after 3 Family Court hearings". */
    private static final Set<String> INSTITUTION_COURTS = Set.of("family", "crown", "county", "high", "youth",
            "magistrates", "magistrates'", "magistrates’", "supreme", "appeal");

    static List<RedactionSpan> emails(String text) {
        return all(EMAIL, text, Redactor.EMAIL);
    }

    static List<RedactionSpan> postcodes(String text) {
        return all(POSTCODE, text, Redactor.POSTCODE);
    }

    static List<RedactionSpan> addresses(String text) {
        List<RedactionSpan> spans = new ArrayList<>();
        Matcher m = ADDRESS.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            if (isStreet(text, m)) {
                spans.add(new RedactionSpan(m.start(), m.end(), Redactor.ADDRESS));
                from = m.end();
            } else {
                from = m.start() + 1;
            }
        }
        return spans;
    }

    private static boolean isStreet(String text, Matcher m) {
        if (NUMBERED_THINGS.contains(wordBefore(text, m.start()))) {
            return false;
        }
        String[] words = m.group(1).trim().split("[ \\u00A0]+");
        String street = m.group(2).toLowerCase(Locale.ROOT);
        String lastWord = words[words.length - 1].toLowerCase(Locale.ROOT);
        if (street.equals("court") && INSTITUTION_COURTS.contains(lastWord)) {
            return false;
        }
        boolean capitalised = true;
        for (String word : words) {
            capitalised &= Character.isUpperCase(word.codePointAt(0));
        }
        if (capitalised) {
            return true;
        }
        if (!PLAIN_STREET_WORDS.contains(street) || words.length > 2
                || !(m.group().matches("(?i)(?:flat|apartment|apt|unit).*")
                || BEFORE_LOWER_CASE_ADDRESS.contains(wordBefore(text, m.start())))) {
            return false;
        }
        for (String word : words) {
            if (NOT_STREET_NAMES.contains(word.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    private static String wordBefore(String text, int start) {
        int end = start;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int begin = end;
        while (begin > 0 && Character.isLetter(text.charAt(begin - 1))) {
            begin--;
        }
        return text.substring(begin, end).toLowerCase(Locale.ROOT);
    }

    private static List<RedactionSpan> all(Pattern pattern, String text, String marker) {
        List<RedactionSpan> spans = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            spans.add(new RedactionSpan(m.start(), m.end(), marker));
        }
        return spans;
    }
}

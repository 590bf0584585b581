package org.familyvoice.base;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Stable codes made from a name people typed ("Being listened to" becomes {@code BEING_LISTENED_TO}): upper-case
 * letters A to Z and underscores only, starting with a letter, at most {@value #MAX} characters, and unique by
 * adding {@code _B}, {@code _C}... (letters, not digits: a theme code is letters and underscores only).
 */
public final class Codes {

    public static final int MAX = 40;

    private Codes() {
    }

    /** A code for {@code name} that {@code taken} does not report as used; {@code fallback} when no letter is left. */
    public static String fromName(String name, String fallback, Predicate<String> taken) {
        String base = base(name, fallback);
        if (!taken.test(base)) {
            return base;
        }
        for (int n = 2; ; n++) {
            String suffix = "_" + letters(n);
            String stem = base.length() + suffix.length() > MAX ? base.substring(0, MAX - suffix.length()) : base;
            String candidate = stem.replaceAll("_+$", "") + suffix;
            if (!taken.test(candidate)) {
                return candidate;
            }
        }
    }

    static String base(String name, String fallback) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String code = folded.toUpperCase(Locale.ROOT).replaceAll("[^A-Z]+", "_").replaceAll("^_+|_+$", "");
        if (code.length() > MAX) {
            code = code.substring(0, MAX).replaceAll("_+$", "");
        }
        if (code.isEmpty()) {
            return fallback;
        }
        return code.length() == 1 ? code + "_" + fallback : code;
    }

    /** 1 = A, 2 = B, ... 26 = Z, 27 = AA: spreadsheet column letters. */
    static String letters(int n) {
        StringBuilder s = new StringBuilder();
        for (int k = n; k > 0; k = (k - 1) / 26) {
            s.insert(0, (char) ('A' + (k - 1) % 26));
        }
        return s.toString();
    }
}

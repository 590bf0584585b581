package org.familyvoice.feedback;

import org.familyvoice.base.ReadableCodes;

import java.util.regex.Pattern;

/**
 * Short references people can read out on the phone: FV-XXXX-XX from 27 letters and digits that cannot be
 * confused (no 0/O, 1/I/L, U/V, 5/S). About 387 million codes; a clash is retried by the caller.
 */
public final class ReferenceCodes {

    static final String ALPHABET = ReadableCodes.ALPHABET;
    private static final Pattern FORMAT = Pattern.compile("FV-[" + ALPHABET + "]{4}-[" + ALPHABET + "]{2}");

    private ReferenceCodes() {
    }

    public static String next() {
        return "FV-" + ReadableCodes.random(6);
    }

    public static boolean isWellFormed(String reference) {
        return FORMAT.matcher(reference).matches();
    }
}

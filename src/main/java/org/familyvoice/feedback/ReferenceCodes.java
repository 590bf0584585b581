package org.familyvoice.feedback;

import java.security.SecureRandom;
import java.util.regex.Pattern;

/**
 * Short references people can read out on the phone: FV-XXXX-XX from 27 letters and digits that cannot be
 * confused (no 0/O, 1/I/L, U/V, 5/S). About 387 million codes; a clash is retried by the caller.
 */
public final class ReferenceCodes {

    static final String ALPHABET = "2346789ABCDEFGHJKMNPQRTWXYZ";
    private static final Pattern FORMAT = Pattern.compile("FV-[" + ALPHABET + "]{4}-[" + ALPHABET + "]{2}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private ReferenceCodes() {
    }

    public static String next() {
        StringBuilder sb = new StringBuilder("FV-");
        for (int i = 0; i < 6; i++) {
            if (i == 4) {
                sb.append('-');
            }
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    public static boolean isWellFormed(String reference) {
        return FORMAT.matcher(reference).matches();
    }
}

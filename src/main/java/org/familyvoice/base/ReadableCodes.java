package org.familyvoice.base;

import java.security.SecureRandom;

/**
 * Random codes people can read out on the phone or copy by hand: letters and digits that cannot be confused
 * (no 0/O, 1/I/L, U/V, 5/S), in groups of four joined by '-'. Used for feedback references and for the reference
 * of a request shown on the error pages.
 */
public final class ReadableCodes {

    /** The 27 characters a code is made of. */
    public static final String ALPHABET = "2346789ABCDEFGHJKMNPQRTWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private ReadableCodes() {
    }

    /** {@code length} random characters, with a '-' after every fourth (6 gives "XXXX-XX", 8 "XXXX-XXXX"). */
    public static String random(int length) {
        StringBuilder sb = new StringBuilder(length + length / 4);
        for (int i = 0; i < length; i++) {
            if (i > 0 && i % 4 == 0) {
                sb.append('-');
            }
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}

package org.familyvoice.families;

import org.jspecify.annotations.Nullable;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Invitation codes: ten characters from an alphabet without look-alikes (no 0/O, 1/I/L), shown as
 * {@code ABCDE-FGHJK}; about 49 bits, and only their SHA-256 is stored.
 */
final class InvitationCodes {

    static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final int LENGTH = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private InvitationCodes() {
    }

    static String generate() {
        var sb = new StringBuilder(LENGTH + 1);
        for (int i = 0; i < LENGTH; i++) {
            if (i == LENGTH / 2) {
                sb.append('-');
            }
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    /** Upper case, without spaces and dashes, so "abcde fghjk" and "ABCDE-FGHJK" are the same code. */
    static String normalise(@Nullable String typed) {
        if (typed == null) {
            return "";
        }
        String s = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
        return s.length() > 40 ? s.substring(0, 40) : s;
    }

    static String hash(String code) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(normalise(code).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.familyvoice.base;

/**
 * The one rule for free text people type: it may not carry hidden control characters. Such characters (a NUL or
 * an escape from a pasted document, a BEL, a C1 control from mis-decoded Windows text, a Unicode line or paragraph
 * separator) cannot be stored or shown safely and are never meant.
 *
 * <p>Refused: every character of Unicode general category Cc (C0, DEL and C1), except tab, line feed and carriage
 * return in multi-line text; U+2028 LINE SEPARATOR and U+2029 PARAGRAPH SEPARATOR; a surrogate without its pair.
 * Format characters (Cf) stay allowed on purpose: the zero-width joiner builds emoji sequences and the
 * right-to-left and left-to-right marks and embeddings are how Arabic and Hebrew mixed with other text read right.
 */
public final class StorableText {

    private StorableText() {
    }

    /** Whether {@code text} may be stored; {@code multiLine} allows tab, line feed and carriage return. */
    public static boolean isStorable(String text, boolean multiLine) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowedBreak = multiLine && (c == '\t' || c == '\n' || c == '\r');
            boolean control = Character.getType(c) == Character.CONTROL || c == '\u2028' || c == '\u2029';
            boolean brokenPair = Character.isHighSurrogate(c)
                    ? i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))
                    : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
            if ((control && !allowedBreak) || brokenPair) {
                return false;
            }
        }
        return true;
    }

    /**
     * Refuses text that {@link #isStorable} refuses with a {@link UserFacingException} carrying
     * {@code messageKey}, so each feature keeps its own (field-specific) message.
     */
    public static void require(String text, boolean multiLine, String messageKey) {
        if (!isStorable(text, multiLine)) {
            throw new UserFacingException(messageKey);
        }
    }
}

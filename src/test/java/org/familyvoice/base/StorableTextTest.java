package org.familyvoice.base;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one rule on hidden characters: control characters never, line breaks only where lines are, any script. */
class StorableTextTest {

    @Test
    void controlCharactersAndLineSeparatorsAreRefusedEverywhere() {
        String[] hidden = {"\u0000", "\u0007", "\u001b[31m", "\u007f", "\u0085", "\u009b", "\u2028", "\u2029",
                "\u001f"};
        for (String h : hidden) {
            String text = "before" + h + "after";
            assertThat(StorableText.isStorable(text, true)).as("multi-line U+%04X", (int) h.charAt(0)).isFalse();
            assertThat(StorableText.isStorable(text, false)).as("single-line U+%04X", (int) h.charAt(0)).isFalse();
        }
        assertThat(StorableText.isStorable("\u0000", true)).isFalse();
        assertThat(StorableText.isStorable("ends with NEL\u0085", true)).isFalse();
    }

    @Test
    void tabAndLineBreaksOnlyInMultiLineText() {
        for (String text : new String[]{"one\ntwo", "one\r\ntwo", "name\tvalue", "trailing\n"}) {
            assertThat(StorableText.isStorable(text, true)).as(text).isTrue();
            assertThat(StorableText.isStorable(text, false)).as(text).isFalse();
        }
    }

    @Test
    void emojiRightToLeftTextAccentsAndChineseAreKept() {
        String[] fine = {
                "Family: \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67 \uD83D\uDC4D\uD83C\uDFFD",  // ZWJ sequence, skin tone
                "\u0634\u0643\u0631\u0627\u064B \u200F(3)",                                          // Arabic with RLM
                "\u05E9\u05DC\u05D5\u05DD \u200Fabc\u200E",                                          // Hebrew, RLM, LRM
                "\u202Bembedded\u202C \u2067isolate\u2069",                                          // bidi embedding, isolate
                "Zo\u00EB, Fran\u00E7ois, Se\u0301an, \u00C5se",                                     // precomposed and combining
                "\u6211\u7684\u5B69\u5B50 \u3053\u3093\u306B\u3061\u306F \uD840\uDC0B",              // CJK incl. outside the BMP
                "caf\u00E9 \u2014 \u201Cquoted\u201D \u00A0non-breaking",
                "<script>alert(1)</script>",                                                         // HTML is text, not a control
                ""};
        for (String text : fine) {
            assertThat(StorableText.isStorable(text, false)).as(text).isTrue();
            assertThat(StorableText.isStorable(text, true)).as(text).isTrue();
        }
    }

    @Test
    void halfAnEmojiIsRefused() {
        assertThat(StorableText.isStorable("broken \uD83D here", true)).isFalse();
        assertThat(StorableText.isStorable("broken \uDE00 here", true)).isFalse();
        assertThat(StorableText.isStorable("ends broken \uD83D", true)).isFalse();
        assertThat(StorableText.isStorable("\uD83D\uDE00", true)).isTrue();
    }

    @Test
    void aRefusalCarriesTheCallersMessage() {
        assertThatThrownBy(() -> StorableText.require("a\u0085b", true, "some.field.hidden"))
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("some.field.hidden");
        StorableText.require("\u05E9\u05DC\u05D5\u05DD\n\uD83D\uDC4D", true, "some.field.hidden");   // no exception
    }
}

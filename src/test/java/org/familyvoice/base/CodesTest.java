package org.familyvoice.base;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CodesTest {

    private static final String THEME_CODE = "[A-Z][A-Z_]{1,39}";

    @Test
    void aNameBecomesUpperCaseLettersAndUnderscores() {
        assertThat(Codes.fromName("Being listened to", "THEME", c -> false)).isEqualTo("BEING_LISTENED_TO");
        assertThat(Codes.fromName("  Money & housing (incl. benefits)! ", "THEME", c -> false))
                .isEqualTo("MONEY_HOUSING_INCL_BENEFITS");
        assertThat(Codes.fromName("Crèche café", "THEME", c -> false)).isEqualTo("CRECHE_CAFE");
        assertThat(Codes.fromName("Section 17 money", "THEME", c -> false)).isEqualTo("SECTION_MONEY");
    }

    @Test
    void aNameWithoutLatinLettersGetsTheFallback() {
        assertThat(Codes.fromName("123", "THEME", c -> false)).isEqualTo("THEME");
        assertThat(Codes.fromName("مدرسة", "THEME", c -> false)).isEqualTo("THEME");
        assertThat(Codes.fromName("X", "THEME", c -> false)).isEqualTo("X_THEME").matches(THEME_CODE);
    }

    @Test
    void takenCodesGetALetterNeverADigitAndStayWithinTheLimit() {
        Set<String> taken = new HashSet<>();
        for (int i = 0; i < 60; i++) {
            String code = Codes.fromName("School", "THEME", taken::contains);
            assertThat(code).matches(THEME_CODE);
            assertThat(taken.add(code)).isTrue();
        }
        assertThat(taken).contains("SCHOOL", "SCHOOL_B", "SCHOOL_Z", "SCHOOL_AA");

        String longName = "Very long theme name about everything families ever said";
        Set<String> longTaken = new HashSet<>();
        for (int i = 0; i < 30; i++) {
            String code = Codes.fromName(longName, "THEME", longTaken::contains);
            assertThat(code).hasSizeLessThanOrEqualTo(Codes.MAX).matches(THEME_CODE);
            assertThat(longTaken.add(code)).isTrue();
        }
    }
}

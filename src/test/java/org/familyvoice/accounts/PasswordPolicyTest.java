package org.familyvoice.accounts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @ParameterizedTest
    @ValueSource(strings = {"kettle-garden-lantern", "my dog eats carrots", "Zebras dance at 9pm", "🦊🦊 fox in the snow 🦊",
            "كلمة سر طويلة جدا", "purple elephant umbrella"})
    void acceptsLongUncommonPasswordsWithoutCompositionRules(String password) {
        assertThat(policy.problem(password, "someone")).isEmpty();
    }

    @Test
    void refusesEmptyAndShortPasswords() {
        assertThat(policy.problem("", "x")).contains("password.error.empty");
        assertThat(policy.problem("   ", "x")).contains("password.error.empty");
        assertThat(policy.problem(null, "x")).contains("password.error.empty");
        assertThat(policy.problem("eleven char", "x")).contains("password.error.too-short");
    }

    @Test
    void countsCharactersNotBytesOrCodeUnits() {
        // 12 emoji are 24 UTF-16 code units but 12 characters: long enough; 11 are not.
        assertThat(policy.problem("🙂🙃😀😁😂😃😄😅😆😇😈😉", "x")).isEmpty();
        assertThat(policy.problem("🙂🙃😀😁😂😃😄😅😆😇😈", "x")).contains("password.error.too-short");
    }

    @Test
    void refusesVeryLongPasswords() {
        assertThat(policy.problem("a b c d e f ".repeat(20), "x")).contains("password.error.too-long");
    }

    @ParameterizedTest
    @ValueSource(strings = {"password1234", "qwertyuiop123", "1234567890123", "Password2024!", "iloveyou1234",
            "letmein12345", "aaaaaaaaaaaaaaa", "abababababab", "trustno1trustno1"})
    void refusesCommonPasswordsAndCommonPasswordsWithPadding(String password) {
        assertThat(policy.problem(password, "someone")).contains("password.error.common");
    }

    @Test
    void refusesPasswordsContainingTheUsername() {
        assertThat(policy.problem("tom.harper is my name", "tom.harper")).contains("password.error.contains-username");
    }
}

package org.familyvoice.accounts;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Length over composition (NCSC / NIST guidance): at least 12 characters, no more than 128, and not one of
 * the most common passwords, nor a common password padded with digits or symbols, nor the username.
 * No rules about upper case, digits or symbols.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    private static final String LIST = "common-passwords.txt";

    private final Set<String> common;

    public PasswordPolicy() {
        this.common = load();
    }

    /** The translation key of the first problem with this password, or empty when it is acceptable. */
    public Optional<String> problem(@Nullable String password, @Nullable String username) {
        if (password == null || password.isBlank()) {
            return Optional.of("password.error.empty");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of("password.error.too-short");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("password.error.too-long");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("password.error.contains-username");
        }
        if (isCommon(lower)) {
            return Optional.of("password.error.common");
        }
        return Optional.empty();
    }

    boolean isCommon(String lower) {
        if (common.contains(lower)) {
            return true;
        }
        String core = lower.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
        if (core.length() >= 4 && common.contains(core)) {
            return true;
        }
        String stripped = lower.replaceAll("[^\\p{L}\\p{N}]+$", "").replaceAll("\\d+$", "");
        if (stripped.length() >= 4 && common.contains(stripped)) {
            return true;
        }
        for (int end = lower.length() - 1; end >= 6; end--) {
            if (common.contains(lower.substring(0, end)) && lower.substring(end).matches("[\\d\\W_]+")) {
                return true; // a common password with digits or symbols added, e.g. 1234567890123
            }
        }
        if (lower.length() % 2 == 0) {
            String half = lower.substring(0, lower.length() / 2);
            if (half.equals(lower.substring(lower.length() / 2)) && (half.length() <= 6 || common.contains(half))) {
                return true; // the same thing twice, e.g. trustno1trustno1
            }
        }
        return lower.codePoints().distinct().count() <= 2;
    }

    private static Set<String> load() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(LIST)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + LIST);
            }
            var set = new HashSet<String>();
            try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                        .forEach(l -> set.add(l.toLowerCase(Locale.ROOT)));
            }
            return Set.copyOf(set);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

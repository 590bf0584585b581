package org.familyvoice.base;

import org.familyvoice.SignIn;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The bookkeeping shared by the tests that push {@code security/payloads.txt} through free-text fields
 * ({@link InjectionThroughServicesTest}, {@link InjectionThroughMoreFieldsTest}): a field's rule, one attempt per
 * payload (stored, refused with a message the rule justifies, or a failure), the read-back comparison, and the
 * counts printed after each test for docs/security/injection.md.
 */
abstract class PayloadFieldsTest {

    /**
     * Fields whose checks are the same code as a field that takes every payload take every {@value}th payload of
     * each category (plus the limits), to keep the tests near a minute.
     */
    protected static final int SAMPLE_EVERY = 4;

    protected final List<String> payloads = InjectionPayloads.all();
    protected final List<String> failures = new ArrayList<>();
    private final Map<String, Map<String, Integer>> outcomes = new TreeMap<>();
    /** From the start of the test itself (the Spring context is made, once, before this). */
    private long started;

    @BeforeEach
    void start() {
        started = System.nanoTime();
    }

    @AfterEach
    void out() {
        SignIn.out();
    }

    @AfterEach
    void report(TestInfo test) {
        long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
        System.out.println("Injection " + test.getDisplayName() + ": " + payloads.size() + " payloads from the file, "
                + millis + " ms");
        outcomes.forEach((field, counts) -> System.out.println("  " + field + ": " + counts));
    }

    /**
     * A free-text field: its limit, whether it takes line breaks, whether it strips surrounding white space, whether
     * it may be left empty, refusals a valid text may still meet (a name already taken), and any rule of its own
     * beyond those ({@code otherRule}, given the text after normalising; e.g. a theme keyword must hold a word).
     */
    record Field(String name, int max, boolean multiLine, boolean strips, boolean mayBeEmpty, Set<String> alsoRefused,
                 Predicate<String> otherRule) {

        Field(String name, int max, boolean multiLine, boolean strips, boolean mayBeEmpty, Set<String> alsoRefused) {
            this(name, max, multiLine, strips, mayBeEmpty, alsoRefused, text -> true);
        }

        String normalised(String typed) {
            return strips ? typed.strip() : typed;
        }

        boolean valid(String typed) {
            String n = normalised(typed);
            return (mayBeEmpty || !n.isBlank()) && n.length() <= max && StorableText.isStorable(n, multiLine)
                    && otherRule.test(n);
        }
    }

    protected static List<String> withLimits(List<String> payloads, int max) {
        List<String> all = new ArrayList<>(payloads);
        all.addAll(InjectionPayloads.around(max));
        return all;
    }

    interface Call<T> {
        T call();
    }

    /** Runs one attempt: the result if stored, null if refused with a message; any other end is a failure. */
    protected <T> @Nullable T attempt(Field field, String payload, Call<T> call) {
        try {
            T result = call.call();
            count(field, "accepted");
            if (!field.valid(payload)) {
                failures.add(field.name() + ": accepted text its rule refuses: " + InjectionPayloads.shown(payload));
            }
            return result;
        } catch (UserFacingException e) {
            count(field, "refused " + e.messageKey());
            if (field.valid(payload) && !field.alsoRefused().contains(e.messageKey())) {
                failures.add(field.name() + ": refused valid text with " + e.messageKey() + ": " + InjectionPayloads.shown(payload));
            }
            return null;
        } catch (RuntimeException e) {
            count(field, "FAILED " + e.getClass().getSimpleName());
            failures.add(field.name() + ": " + e + " for " + InjectionPayloads.shown(payload));
            return null;
        }
    }

    protected void check(Field field, String typed, @Nullable String stored) {
        String expected = field.normalised(typed);
        if (!expected.equals(stored)) {
            failures.add(field.name() + ": stored " + InjectionPayloads.shown(String.valueOf(stored)) + " for " + InjectionPayloads.shown(typed));
        }
    }

    /** For a field where blank text means "nothing" (stored as null): null is right exactly when the text is blank. */
    protected void checkBlankAsNothing(Field field, String typed, @Nullable String stored) {
        if (stored == null && field.normalised(typed).isBlank()) {
            return;
        }
        check(field, typed, stored);
    }

    protected void compareInOrder(Field field, List<String> typed, List<String> stored) {
        if (typed.size() != stored.size()) {
            failures.add(field.name() + ": " + typed.size() + " accepted but " + stored.size() + " stored");
            return;
        }
        for (int i = 0; i < typed.size(); i++) {
            check(field, typed.get(i), stored.get(i));
        }
    }

    protected void count(Field field, String outcome) {
        count(field.name(), outcome);
    }

    protected void count(String field, String outcome) {
        outcomes.computeIfAbsent(field, k -> new TreeMap<>()).merge(outcome, 1, Integer::sum);
    }
}

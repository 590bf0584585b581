package org.familyvoice;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * A small property-based test harness for the JUnit Platform the project runs on: a property is a generator of
 * random cases, a check that returns what went wrong (empty when the property holds) and a number of tries. Each
 * try has its own seed; when a try fails, the case is shrunk (list cases: by removing runs of elements and single
 * elements while the check still fails) and the test fails with the seed, the smallest failing case and how to
 * run exactly that try again:
 * {@code ./mvnw -B test -Dtest=... -Dfamilyvoice.property.seed=SEED -Dfamilyvoice.property.tries=1}.
 * <p>
 * Why not jqwik, the usual library for this: {@code docs/themes-benchmark.md}, "The property test".
 */
public final class PropertyCheck {

    public static final String SEED = "familyvoice.property.seed";
    public static final String TRIES = "familyvoice.property.tries";

    /** How many shrinking steps at most: each one runs the check again. */
    private static final int MAX_SHRINK_RUNS = 300;

    private PropertyCheck() {
    }

    /** Runs the property over lists of cases: random lists, shrunk by removing elements. */
    public static <T> void forAllLists(String property, int tries, Function<SplittableRandom, List<T>> generator,
                                       Function<List<T>, Optional<String>> check) {
        long first = Long.getLong(SEED, new SplittableRandom().nextLong());
        int count = Integer.getInteger(TRIES, tries);
        for (int i = 0; i < count; i++) {
            long seed = first + i * 0x9E3779B97F4A7C15L;
            List<T> generated = generator.apply(new SplittableRandom(seed));
            Optional<String> failure = check.apply(generated);
            if (failure.isPresent()) {
                Shrunk<T> shrunk = shrink(generated, failure.get(), check);
                throw new AssertionError(property + " is false after try " + (i + 1) + " of " + count
                        + " (seed " + seed + ").\nSmallest failing case (" + shrunk.items.size() + " of "
                        + generated.size() + " steps, " + shrunk.runs + " shrinking runs):\n"
                        + String.join("\n", shrunk.items.stream().map(t -> "  " + t).toList())
                        + "\nWhat went wrong: " + shrunk.failure
                        + "\nTo run this try again: -D" + SEED + "=" + seed + " -D" + TRIES + "=1");
            }
        }
    }

    private record Shrunk<T>(List<T> items, String failure, int runs) {
    }

    private static <T> Shrunk<T> shrink(List<T> failing, String failure, Function<List<T>, Optional<String>> check) {
        List<T> best = failing;
        String why = failure;
        int runs = 0;
        int chunk = Math.max(1, best.size() / 2);
        while (chunk >= 1 && runs < MAX_SHRINK_RUNS) {
            boolean removed = false;
            for (int start = 0; start < best.size() && runs < MAX_SHRINK_RUNS; ) {
                List<T> candidate = new ArrayList<>(best.subList(0, start));
                candidate.addAll(best.subList(Math.min(best.size(), start + chunk), best.size()));
                runs++;
                Optional<String> result = candidate.isEmpty() ? Optional.empty() : check.apply(candidate);
                if (result.isPresent()) {
                    best = candidate;
                    why = result.get();
                    removed = true;
                } else {
                    start += chunk;
                }
            }
            if (!removed) {
                chunk /= 2;
            }
        }
        return new Shrunk<>(best, why, runs);
    }
}

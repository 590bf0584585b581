package org.familyvoice.accounts;

import org.familyvoice.IntegrationTest;
import org.familyvoice.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.test.context.TestPropertySource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Not a test: how long a failed sign-in takes for a real name with a wrong password, an unknown name and a
 * deactivated account, through the application's own authentication (Argon2, the throttle's database rows). Run with
 * {@code ./mvnw -B -Pbench test -Dtest=SignInTimingBenchmark}; figures in docs/security.md. The throttle's limits are
 * raised so that every try reaches the password check; the three kinds take turns so a busy moment falls on all.
 */
@IntegrationTest
@TestPropertySource(properties = {"familyvoice.login.slow-after=99999", "familyvoice.login.lock-after=100000",
        "familyvoice.login.address-limit=100000"})
class SignInTimingBenchmark {

    static final int WARM_UP = 10;
    static final int RUNS = 60;

    @Autowired ThrottlingAuthenticationProvider authentication;
    @Autowired JdbcClient jdbc;

    @Test
    void failedSignInsTakeAlikeLongWhateverTheName() {
        jdbc.sql("update app_user set active = false where username = 'parent.walsh'").update();
        Map<String, String> kinds = new LinkedHashMap<>();
        kinds.put("real name, wrong password", SignIn.PARENT_NOVAK);
        kinds.put("unknown name", "nobody.at.all");
        kinds.put("deactivated account, wrong password", "parent.walsh");
        Map<String, List<Long>> times = new LinkedHashMap<>();
        kinds.keySet().forEach(k -> times.put(k, new ArrayList<>()));
        for (int run = 0; run < WARM_UP + RUNS; run++) {
            for (var kind : kinds.entrySet()) {
                var token = UsernamePasswordAuthenticationToken.unauthenticated(kind.getValue(), "not the password");
                token.setDetails(new WebAuthenticationDetails("198.51.100." + (run % 200), null));
                long start = System.nanoTime();
                try {
                    authentication.authenticate(token);
                    throw new AssertionError("signed in with a wrong password");
                } catch (AuthenticationException expected) {
                    long took = System.nanoTime() - start;
                    if (run >= WARM_UP) {
                        times.get(kind.getKey()).add(took);
                    }
                }
            }
        }
        jdbc.sql("update app_user set active = true where username = 'parent.walsh'").update();
        double baseline = median(times.get("real name, wrong password"));
        System.out.printf("%nSign-in timing, %d runs each after %d warm-up, %d processors%n", RUNS, WARM_UP,
                Runtime.getRuntime().availableProcessors());
        System.out.println("| failed sign-in | median ms | p90 ms | median / real name's |");
        System.out.println("|---|---|---|---|");
        times.forEach((kind, list) -> System.out.printf("| %s | %.1f | %.1f | %.2f |%n", kind, median(list) / 1e6,
                percentile(list, 0.9) / 1e6, median(list) / baseline));
    }

    private static double median(List<Long> values) {
        return percentile(values, 0.5);
    }

    private static double percentile(List<Long> values, double p) {
        long[] sorted = values.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(p * sorted.length))];
    }
}

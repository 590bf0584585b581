package org.familyvoice.themes;

import org.familyvoice.IntegrationTest;
import org.familyvoice.PropertyCheck;
import org.familyvoice.base.TeamId;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rollups always equal a full recount. Random sequences of what the features do to tagged words (record,
 * record the same origin again, forget, a member of staff's correction of themes and sentiment, feedback forms
 * with and without ratings) across a year, four team values, every source, origin and meeting type and a handful
 * of contributors; after every step each rollup is compared with a GROUP BY over the raw rows
 * ({@link RollupRecount}).
 * <p>
 * Each sequence runs in one transaction that is rolled back at the end, so every try starts from the same database
 * (demo data included, which is checked too) and leaves nothing behind for other tests; the recorder joins that
 * transaction as it joins a feature's. Feedback forms have no raw row of their own here (the feedback service
 * stores the form, the recorder only counts it), so the feedback rollup is checked against a model the test keeps
 * of the forms it counted: for the test's year the table must hold exactly the model's sums.
 */
@IntegrationTest
class RollupPropertyTest {

    /** Origin ids far above any real row, so the test's words never replace a feature's. */
    private static final long ORIGIN_BASE = 9_000_000_000L;
    private static final int YEAR = 2035;
    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final List<@Nullable String> MEETING_TYPES = java.util.Arrays.asList(null, "CHILD_IN_NEED",
            "CIN_REVIEW", "FAMILY_GROUP_CONFERENCE", "CHILD_PROTECTION_CONFERENCE", "LAC_REVIEW");

    @Autowired VoiceRecorder recorder;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;

    /** One thing a feature does to tagged words; toString is what a failure report shows. */
    sealed interface Step {
    }

    record Record(VoiceOrigin origin, int originId, int team, VoiceSource source, @Nullable String meetingType,
                  String contributor, Instant at, String text) implements Step {
    }

    record Forget(VoiceOrigin origin, int originId) implements Step {
    }

    /** Corrects the {@code pick}-th of the test's items (modulo their number) to these themes and sentiment. */
    record Retag(int pick, List<Integer> themePicks, Sentiment sentiment) implements Step {
    }

    record CountForm(Instant at, int team, VoiceSource source, @Nullable Integer listened,
                     @Nullable Integer understood, @Nullable Integer respected) implements Step {
    }

    @Test
    void rollupsEqualAFullRecountAfterEveryStepOfAnySequence() {
        List<Long> themeIds = jdbc.sql("select id from theme where active order by id").query(Long.class).list();
        assertThat(themeIds).hasSizeGreaterThanOrEqualTo(20);
        PropertyCheck.forAllLists("rollups equal a recount", 40, RollupPropertyTest::steps,
                steps -> runRolledBack(steps, themeIds));
    }

    static List<Step> steps(SplittableRandom random) {
        int n = 1 + random.nextInt(30);
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int kind = random.nextInt(10);
            VoiceOrigin origin = VoiceOrigin.values()[random.nextInt(VoiceOrigin.values().length)];
            int originId = random.nextInt(12);
            if (kind < 5) {
                steps.add(new Record(origin, originId, random.nextInt(4),
                        VoiceSource.values()[random.nextInt(VoiceSource.values().length)],
                        MEETING_TYPES.get(random.nextInt(MEETING_TYPES.size())), "user:" + random.nextInt(7),
                        instant(random), VoiceSamples.text(random)));
            } else if (kind < 6) {
                steps.add(new Forget(origin, originId));
            } else if (kind < 8) {
                List<Integer> picks = new ArrayList<>();
                for (int t = random.nextInt(5); t > 0; t--) {
                    picks.add(random.nextInt(1000));
                }
                steps.add(new Retag(random.nextInt(1000), picks,
                        Sentiment.values()[random.nextInt(Sentiment.values().length)]));
            } else {
                steps.add(new CountForm(instant(random), random.nextInt(4),
                        VoiceSource.values()[random.nextInt(VoiceSource.values().length)], rating(random),
                        rating(random), rating(random)));
            }
        }
        return steps;
    }

    /** Any moment of the year, often on a few busy days and near midnight, so steps meet in the same cells. */
    private static Instant instant(SplittableRandom random) {
        LocalDate day = random.nextBoolean() ? LocalDate.of(YEAR, 3, 1 + random.nextInt(3))
                : LocalDate.ofYearDay(YEAR, 1 + random.nextInt(365));
        int minute = random.nextBoolean() ? random.nextInt(24 * 60) : (random.nextBoolean() ? 1 : 24 * 60 - 2);
        return day.atStartOfDay(UK).plusMinutes(minute).toInstant();
    }

    private static @Nullable Integer rating(SplittableRandom random) {
        int r = random.nextInt(7);
        return r >= 5 ? null : r + 1;
    }

    private Optional<String> runRolledBack(List<Step> steps, List<Long> themeIds) {
        TransactionTemplate tx = new TransactionTemplate(transactions);
        return tx.execute(status -> {
            status.setRollbackOnly();
            Map<String, long[]> forms = new TreeMap<>();
            for (int i = 0; i < steps.size(); i++) {
                Step step = steps.get(i);
                try {
                    apply(step, themeIds, forms);
                } catch (RuntimeException e) {
                    return Optional.of("step " + (i + 1) + " " + step + " threw " + e);
                }
                Optional<String> wrong = RollupRecount.differences(jdbc).or(() -> feedbackDifferences(forms));
                if (wrong.isPresent()) {
                    return Optional.of("after step " + (i + 1) + " " + step + ":\n" + wrong.get());
                }
            }
            return Optional.empty();
        });
    }

    private void apply(Step step, List<Long> themeIds, Map<String, long[]> forms) {
        switch (step) {
            case Record r -> recorder.record(new SaidText(r.origin(), ORIGIN_BASE + r.originId(), null, team(r.team()),
                    r.source(), r.meetingType(), r.contributor(), null, false, r.at(), r.text(), List.of()));
            case Forget f -> recorder.forget(f.origin(), ORIGIN_BASE + f.originId());
            case Retag r -> {
                List<Long> items = jdbc.sql("select id from voice_item where origin_id >= :base order by id")
                        .param("base", ORIGIN_BASE).query(Long.class).list();
                if (!items.isEmpty()) {
                    recorder.retag(items.get(r.pick() % items.size()),
                            r.themePicks().stream().map(p -> themeIds.get(p % themeIds.size())).toList(), r.sentiment());
                }
            }
            case CountForm c -> {
                recorder.countFeedbackForm(c.at(), team(c.team()), c.source(), c.listened(), c.understood(),
                        c.respected());
                long[] sums = forms.computeIfAbsent(LocalDate.ofInstant(c.at(), UK) + "|" + c.team() + "|"
                        + c.source(), k -> new long[7]);
                sums[0]++;
                add(sums, 1, c.listened());
                add(sums, 3, c.understood());
                add(sums, 5, c.respected());
            }
        }
    }

    private static void add(long[] sums, int at, @Nullable Integer rating) {
        if (rating != null) {
            sums[at] += rating;
            sums[at + 1]++;
        }
    }

    private static @Nullable TeamId team(int value) {
        return value == 0 ? null : new TeamId(value);
    }

    private Optional<String> feedbackDifferences(Map<String, long[]> forms) {
        List<String> want = forms.entrySet().stream().map(e -> e.getKey() + "|" + String.join("|",
                java.util.Arrays.stream(e.getValue()).mapToObj(Long::toString).toList())).sorted().toList();
        List<String> have = RollupRecount.rows(jdbc, "select said_on, team_id, source, forms, listened_sum, listened_n, "
                + "understood_sum, understood_n, respected_sum, respected_n from feedback_rollup "
                + "where said_on between date '" + YEAR + "-01-01' and date '" + YEAR + "-12-31'");
        return have.equals(want) ? Optional.empty()
                : Optional.of("feedback_rollup holds " + have + " but the forms counted make " + want);
    }
}

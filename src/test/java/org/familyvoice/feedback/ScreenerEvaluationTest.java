package org.familyvoice.feedback;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The screener over labelled sentences written by someone other than its author: five development sets (the
 * rules were tuned against them) and a blind set, written without seeing the rules or the other sets and
 * never tuned against. Prints precision, recall, every miss and every false alarm;
 * docs/safeguarding-screener.md records the figures.
 */
class ScreenerEvaluationTest {

    record Example(boolean disclosure, String category, String voice, String text) {
    }

    record Result(int truePositives, int falsePositives, int falseNegatives, int trueNegatives, List<String> misses,
                  List<String> falseAlarms, Map<String, int[]> recallByCategory) {
        double precision() {
            return truePositives / (double) Math.max(1, truePositives + falsePositives);
        }

        double recall() {
            return truePositives / (double) Math.max(1, truePositives + falseNegatives);
        }

        double falseAlarmRate() {
            return falsePositives / (double) Math.max(1, falsePositives + trueNegatives);
        }
    }

    private final DisclosureScreener screener = new DisclosureScreener();

    static final List<String> DEVELOPMENT_SETS = List.of("development-set.tsv", "development-set-2.tsv",
            "development-set-3.tsv", "development-set-4.tsv", "development-set-5.tsv");

    /** Written by someone else after the last tuning; it arrives separately and is measured once. */
    static final String BLIND_SET = "blind-set-4.tsv";

    static boolean exists(String name) {
        return ScreenerEvaluationTest.class.getResource("safeguarding/" + name) != null;
    }

    static List<Example> load(String name) throws IOException {
        try (InputStream in = ScreenerEvaluationTest.class.getResourceAsStream("safeguarding/" + name)) {
            assertThat(in).as(name).isNotNull();
            List<Example> examples = new ArrayList<>();
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 1; i < lines.length; i++) {
                if (lines[i].isBlank()) {
                    continue;
                }
                String[] f = lines[i].split("\t", -1);
                assertThat(f).as(name + " line " + (i + 1)).hasSize(4);
                examples.add(new Example(f[0].equals("disclosure"), f[1], f[2], f[3]));
            }
            return examples;
        }
    }

    Result evaluate(List<Example> examples) {
        int tp = 0, fp = 0, fn = 0, tn = 0;
        List<String> misses = new ArrayList<>();
        List<String> alarms = new ArrayList<>();
        Map<String, int[]> byCategory = new TreeMap<>();
        for (Example e : examples) {
            Screening s = screener.screen(e.text());
            if (e.disclosure()) {
                int[] counts = byCategory.computeIfAbsent(e.category(), k -> new int[2]);
                counts[1]++;
                if (s.flagged()) {
                    tp++;
                    counts[0]++;
                } else {
                    fn++;
                    misses.add(e.category() + " | " + e.text());
                }
            } else if (s.flagged()) {
                fp++;
                alarms.add(s.signs() + " | " + e.text());
            } else {
                tn++;
            }
        }
        return new Result(tp, fp, fn, tn, misses, alarms, byCategory);
    }

    private static void report(String name, Result r) {
        System.out.printf("%n== %s: precision %.2f, recall %.2f, false alarms on ordinary text %.2f (tp %d, fp %d, fn %d, tn %d)%n",
                name, r.precision(), r.recall(), r.falseAlarmRate(), r.truePositives(), r.falsePositives(),
                r.falseNegatives(), r.trueNegatives());
        r.recallByCategory().forEach((c, n) -> System.out.printf("   recall %-13s %d/%d%n", c, n[0], n[1]));
        r.misses().forEach(m -> System.out.println("   MISSED      " + m));
        r.falseAlarms().forEach(m -> System.out.println("   FALSE ALARM " + m));
    }

    @Test
    void theLabelledSetsAreLargeAndMixed() throws IOException {
        List<Example> all = new ArrayList<>();
        for (String name : DEVELOPMENT_SETS) {
            all.addAll(load(name));
        }
        if (exists(BLIND_SET)) {
            all.addAll(load(BLIND_SET));
        }
        assertThat(all).hasSizeGreaterThanOrEqualTo(150);
        assertThat(all).filteredOn(Example::disclosure).extracting(Example::voice).contains("adult", "child");
        assertThat(all).filteredOn(e -> !e.disclosure()).extracting(Example::voice).contains("adult", "child");
        assertThat(all).filteredOn(Example::disclosure).extracting(Example::category)
                .contains("violence", "sexual", "self-harm", "missing", "unsafe", "exploitation", "neglect");
    }

    @ParameterizedTest
    @ValueSource(strings = {"development-set.tsv", "development-set-2.tsv", "development-set-3.tsv", "development-set-4.tsv",
            "development-set-5.tsv"})
    void developmentSets(String name) throws IOException {
        List<Example> examples = load(name);
        assertThat(examples).hasSizeGreaterThanOrEqualTo(75);
        Result r = evaluate(examples);
        report(name, r);
        assertThat(r.recall()).as("recall on " + name).isGreaterThanOrEqualTo(0.95);
        assertThat(r.falseAlarmRate()).as("false alarms on ordinary text, " + name).isLessThanOrEqualTo(0.15);
    }

    @Test
    void blindSet() throws IOException {
        // Only skipped where the blind set has not been added yet (it is written separately, without the rules).
        Assumptions.assumeTrue(exists(BLIND_SET), BLIND_SET + " has not been added yet");
        Result r = evaluate(load(BLIND_SET));
        report("blind set " + BLIND_SET, r);
        // Never tuned against. Measured once 2026-11-23: precision 0.79, recall 0.85, false alarms 0.18
        // (docs/safeguarding-screener.md). Floors just under that, so it cannot quietly get worse; not targets.
        assertThat(r.recall()).as("recall on the blind set").isGreaterThanOrEqualTo(0.82);
        assertThat(r.falseAlarmRate()).as("false alarms on ordinary text, blind set").isLessThanOrEqualTo(0.20);
    }
}

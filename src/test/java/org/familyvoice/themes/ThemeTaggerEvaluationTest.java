package org.familyvoice.themes;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tagger over a labelled development set (the keywords were tuned against it, so its figures flatter the
 * tagger; a blind set written by someone else is measured separately). Prints per-theme precision and recall,
 * micro-averaged figures, sentiment accuracy and every disagreement; docs/themes-tagger.md records the figures.
 */
class ThemeTaggerEvaluationTest {

    static final String DEV_SET = "dev-set-1.tsv";

    record Example(Set<String> themes, Sentiment sentiment, String text) {
    }

    /** Per theme: true positives, false positives, false negatives. */
    record Figures(Map<String, int[]> byTheme, int sentimentRight, int total, List<String> disagreements) {
        int sum(int column) {
            return byTheme.values().stream().mapToInt(c -> c[column]).sum();
        }

        double microPrecision() {
            return sum(0) / (double) Math.max(1, sum(0) + sum(1));
        }

        double microRecall() {
            return sum(0) / (double) Math.max(1, sum(0) + sum(2));
        }

        double sentimentAccuracy() {
            return sentimentRight / (double) Math.max(1, total);
        }
    }

    private final ThemeTagger tagger = ThemeTagger.withSeedThemes();

    static List<Example> load(String name) throws IOException {
        try (InputStream in = ThemeTaggerEvaluationTest.class.getResourceAsStream("/themes/" + name)) {
            assertThat(in).as(name).isNotNull();
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r?\n");
            assertThat(lines[0]).isEqualTo("themes\tsentiment\ttext");
            Set<String> codes = new HashSet<>(SeedThemes.all().stream().map(Theme::code).toList());
            List<Example> examples = new ArrayList<>();
            for (int i = 1; i < lines.length; i++) {
                if (lines[i].isBlank()) {
                    continue;
                }
                String[] f = lines[i].split("\t", -1);
                assertThat(f).as(name + " line " + (i + 1)).hasSize(3);
                Set<String> themes = new HashSet<>(Arrays.stream(f[0].split(",")).map(String::strip)
                        .filter(s -> !s.isEmpty()).toList());
                assertThat(codes).as(name + " line " + (i + 1)).containsAll(themes);
                assertThat(themes).as(name + " line " + (i + 1)).hasSizeLessThanOrEqualTo(ThemeTagger.MAX_THEMES);
                examples.add(new Example(themes, Sentiment.valueOf(f[1].strip()), f[2]));
            }
            return examples;
        }
    }

    Figures evaluate(List<Example> examples) {
        Map<String, int[]> byTheme = new LinkedHashMap<>();
        SeedThemes.all().forEach(t -> byTheme.put(t.code(), new int[3]));
        int sentimentRight = 0;
        List<String> disagreements = new ArrayList<>();
        for (Example e : examples) {
            Tagging tagging = tagger.tag(e.text());
            Set<String> given = new HashSet<>(tagging.codes());
            for (String code : byTheme.keySet()) {
                boolean expected = e.themes().contains(code);
                boolean found = given.contains(code);
                if (expected && found) {
                    byTheme.get(code)[0]++;
                } else if (found) {
                    byTheme.get(code)[1]++;
                } else if (expected) {
                    byTheme.get(code)[2]++;
                }
            }
            boolean sentimentOk = tagging.sentiment() == e.sentiment();
            if (sentimentOk) {
                sentimentRight++;
            }
            if (!given.equals(e.themes()) || !sentimentOk) {
                disagreements.add("expected " + e.themes() + " " + e.sentiment() + ", got " + tagging.codes() + " "
                        + tagging.sentiment() + " | " + e.text());
            }
        }
        return new Figures(byTheme, sentimentRight, examples.size(), disagreements);
    }

    static void report(String name, Figures f) {
        System.out.printf("%n== %s (%d texts)%n%-22s %5s %5s %5s %9s %6s%n", name, f.total(), "theme", "tp", "fp", "fn",
                "precision", "recall");
        f.byTheme().forEach((code, c) -> System.out.printf("%-22s %5d %5d %5d %9.2f %6.2f%n", code, c[0], c[1], c[2],
                c[0] / (double) Math.max(1, c[0] + c[1]), c[0] / (double) Math.max(1, c[0] + c[2])));
        System.out.printf("%-22s %5d %5d %5d %9.2f %6.2f%n", "micro-average", f.sum(0), f.sum(1), f.sum(2),
                f.microPrecision(), f.microRecall());
        System.out.printf("sentiment accuracy %.2f (%d/%d)%n", f.sentimentAccuracy(), f.sentimentRight(), f.total());
        f.disagreements().forEach(d -> System.out.println("   " + d));
    }

    @Test
    void theDevelopmentSetIsLargeAndCoversEveryThemeAndSentiment() throws IOException {
        List<Example> examples = load(DEV_SET);
        assertThat(examples).hasSizeGreaterThanOrEqualTo(200);
        Set<String> covered = new HashSet<>();
        examples.forEach(e -> covered.addAll(e.themes()));
        assertThat(covered).containsExactlyInAnyOrderElementsOf(SeedThemes.all().stream().map(Theme::code).toList());
        assertThat(examples).extracting(Example::sentiment).contains(Sentiment.values());
        assertThat(examples).filteredOn(e -> e.themes().isEmpty()).hasSizeGreaterThanOrEqualTo(10);
    }

    @Test
    void developmentSet() throws IOException {
        Figures f = evaluate(load(DEV_SET));
        report(DEV_SET, f);
        // Measured: micro precision 0.74, recall 0.93, sentiment 0.74 (docs/themes-tagger.md). Floors a little
        // under them, so the tagger cannot quietly get worse; the development set flatters it (it was tuned on it).
        assertThat(f.microPrecision()).as("micro precision").isGreaterThanOrEqualTo(0.70);
        assertThat(f.microRecall()).as("micro recall").isGreaterThanOrEqualTo(0.88);
        assertThat(f.sentimentAccuracy()).as("sentiment accuracy").isGreaterThanOrEqualTo(0.70);
    }

    /** Written blind by someone who never saw the keywords; measured once, floors set from that measurement. */
    @Test
    void blindSet() throws IOException {
        Figures f = evaluate(load("blind-set-1.tsv"));
        report("blind-set-1.tsv", f);
        // Measured once, 2026-11-23: micro precision 0.65, recall 0.64, sentiment 0.55 (docs/themes-tagger.md).
        // Floors just under, so the next round of tuning cannot make it worse on text it was not tuned on.
        assertThat(f.microPrecision()).as("micro precision").isGreaterThanOrEqualTo(0.62);
        assertThat(f.microRecall()).as("micro recall").isGreaterThanOrEqualTo(0.60);
        assertThat(f.sentimentAccuracy()).as("sentiment accuracy").isGreaterThanOrEqualTo(0.50);
    }
}

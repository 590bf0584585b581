package org.familyvoice.demo;

import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words families wrote in the demo data, from {@code demo/voices.txt}: pools of texts by pattern (see the file's
 * header), each handed out once in an order fixed by the seed, and their placeholders filled for one family.
 */
final class DemoTexts {

    /** How a text reads: good, mixed or bad; the ratings given with it follow. */
    enum Tone { GOOD, MIXED, BAD }

    /** One text: what went well and what could be better (either may be null); checks and replies use {@code first}. */
    record Text(String pool, boolean young, Tone tone, @Nullable String first, @Nullable String second) {

        boolean namesWorker() {
            return contains("{w}") || contains("{W}");
        }

        private boolean contains(String placeholder) {
            return (first != null && first.contains(placeholder)) || (second != null && second.contains(placeholder));
        }
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    private final Map<String, List<Text>> all = new HashMap<>();
    private final Map<String, Deque<Text>> left = new HashMap<>();
    private final Random random;

    DemoTexts(Random random) {
        this.random = random;
        try (InputStream in = Objects.requireNonNull(DemoTexts.class.getResourceAsStream("/demo/voices.txt"))) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\\|", -1);
                Tone tone = switch (f[2]) {
                    case "+" -> Tone.GOOD;
                    case "~" -> Tone.MIXED;
                    default -> Tone.BAD;
                };
                String second = f.length > 4 ? blankToNull(String.join("|", List.of(f).subList(4, f.length))) : null;
                all.computeIfAbsent(f[0], k -> new ArrayList<>()).add(new Text(f[0], f[1].equals("Y"), tone,
                        blankToNull(f[3]), second));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static @Nullable String blankToNull(String s) {
        return s.isBlank() ? null : s.strip();
    }

    /** Every text of a pool as written in the file, for choosing among (replies). */
    List<Text> all(String pool) {
        return List.copyOf(all.getOrDefault(pool, List.of()));
    }

    /** Every text of a pool, in a fixed shuffled order, each once. */
    List<Text> drain(String pool) {
        Deque<Text> texts = queue(pool);
        List<Text> out = new ArrayList<>(texts);
        texts.clear();
        return out;
    }

    /** The next unused text of the pool in the voice asked for, or null when none is left. */
    @Nullable Text take(String pool, boolean young) {
        Deque<Text> texts = queue(pool);
        for (Text text : texts) {
            if (text.young() == young) {
                texts.remove(text);
                return text;
            }
        }
        return null;
    }

    /** The next text of the pool in that voice and tone; short comments may come round again once all are used. */
    @Nullable Text again(String pool, boolean young, Tone tone) {
        for (int round = 0; round < 2; round++) {
            Deque<Text> texts = queue(pool);
            for (Text text : texts) {
                if (text.young() == young && text.tone() == tone) {
                    texts.remove(text);
                    return text;
                }
            }
            left.remove(pool); // all used: shuffle them again
        }
        return null;
    }

    private Deque<Text> queue(String pool) {
        return left.computeIfAbsent(pool, k -> {
            List<Text> texts = new ArrayList<>(all.getOrDefault(k, List.of()));
            Collections.shuffle(texts, random);
            return new ArrayDeque<>(texts);
        });
    }

    /** The template with each {name} replaced; a filled value that starts a sentence gets a capital letter. */
    static @Nullable String fill(@Nullable String template, Function<String, String> values) {
        if (template == null) {
            return null;
        }
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.apply(m.group(1));
            String before = template.substring(0, m.start()).stripTrailing();
            boolean sentenceStart = before.isEmpty() || before.endsWith(".") || before.endsWith("!") || before.endsWith("?");
            if (sentenceStart && !value.isEmpty()) {
                value = Character.toUpperCase(value.charAt(0)) + value.substring(1);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}

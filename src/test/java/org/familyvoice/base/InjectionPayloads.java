package org.familyvoice.base;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The injection and unusual-text payloads of {@code security/payloads.txt}, decoded (its header says how), by
 * category; plus strings at and over a field's length limit, made here because they would not fit on a line.
 */
public final class InjectionPayloads {

    private static final Map<String, List<String>> BY_CATEGORY = load();

    private InjectionPayloads() {
    }

    /** Every payload from the file, once each, in file order. */
    public static List<String> all() {
        LinkedHashSet<String> all = new LinkedHashSet<>();
        BY_CATEGORY.values().forEach(all::addAll);
        return List.copyOf(all);
    }

    /**
     * A representative sample: every {@code every}th payload of each category (so each category is present), for
     * fields that share their checks with a field that takes them all.
     */
    public static List<String> sample(int every) {
        LinkedHashSet<String> sample = new LinkedHashSet<>();
        BY_CATEGORY.values().forEach(list -> {
            for (int i = 0; i < list.size(); i += every) {
                sample.add(list.get(i));
            }
        });
        return List.copyOf(sample);
    }

    public static Map<String, List<String>> byCategory() {
        return BY_CATEGORY;
    }

    /**
     * The most dangerous few for rendering tests: markup, script URLs, template bindings, bidi override, a formula.
     */
    public static List<String> dangerous() {
        return List.of("<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "\"><svg/onload=alert(1)>",
                "' onmouseover='alert(1)", "javascript:alert(1)", "${7*7} #{7*7} {{7*7}} [[item.name]] <%= 7*7 %>",
                "</vaadin-text-field><img src=x onerror=alert(1)>", "&lt;b&gt;not bold&lt;/b&gt; &amp; <b>bold</b>",
                "abc\u202Eevil.exe\u202Ctxt", "=HYPERLINK(\"http://evil.example\",\"Click\")",
                "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67 Zoe\u0308 \u0131stanbul \uFF1Cscript\uFF1E");
    }

    /**
     * Long strings for a field that takes at most {@code max} characters: exactly at the limit (ASCII, markup,
     * emoji whose surrogate pair straddles the limit) and one over it.
     */
    public static List<String> around(int max) {
        String emoji = "\uD83D\uDE00";
        List<String> out = new ArrayList<>();
        out.add("x".repeat(max));
        out.add("x".repeat(max + 1));
        out.add(("<b>'%_" + "y".repeat(max)).substring(0, max));
        out.add(emoji.repeat(max / 2));
        out.add(emoji.repeat(max / 2) + "z");
        out.add("\u00e9".repeat(max));
        out.add("e\u0301".repeat(max / 2 + 1));
        out.add("x".repeat(max * 10));
        return out;
    }

    /** A payload as a line a person can read in a report: controls and long runs shown escaped or cut. */
    public static String shown(String s) {
        StringBuilder out = new StringBuilder("\"");
        s.codePoints().limit(80).forEach(c -> {
            if (c < 0x20 || (c >= 0x7f && c < 0xa0) || Character.getType(c) == Character.FORMAT
                    || Character.getType(c) == Character.SURROGATE) {
                out.append(String.format("\\u%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.append(s.length() > 80 ? "\"... (" + s.length() + " chars)" : "\"").toString();
    }

    /** Decodes one line: backslash escapes {@code \\ \n \r \t \}{@code uXXXX}; everything else as is. */
    static String decode(String line) {
        StringBuilder out = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char next = line.charAt(++i);
            switch (next) {
                case '\\' -> out.append('\\');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    out.append((char) Integer.parseInt(line.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> throw new IllegalArgumentException("unknown escape \\" + next + " in: " + line);
            }
        }
        return out.toString();
    }

    private static Map<String, List<String>> load() {
        try (InputStream in = Objects.requireNonNull(
                InjectionPayloads.class.getResourceAsStream("/security/payloads.txt"), "security/payloads.txt")) {
            Map<String, List<String>> byCategory = new LinkedHashMap<>();
            String category = null; // null while in the header, which ends at the first empty line
            boolean header = true;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1)) {
                if (line.isEmpty()) {
                    header = false;
                } else if (line.startsWith("## ")) {
                    category = header ? null : line.substring(3).strip();
                } else if (category != null) {
                    byCategory.computeIfAbsent(category, k -> new ArrayList<>()).add(decode(line));
                }
            }
            byCategory.replaceAll((k, v) -> List.copyOf(v));
            return Collections.unmodifiableMap(byCategory);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.familyvoice.improvement;

import org.familyvoice.themes.Dashboard.Average;
import org.familyvoice.themes.Dashboard.Headline;
import org.familyvoice.themes.Dashboard.Listened;
import org.familyvoice.themes.Dashboard.ThemeLine;
import org.familyvoice.themes.Figure;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words and numbers of the evidence pack, the same in the PDF and the CSV: English from the translations (a file
 * has no browser to ask for a language), and every figure built from fewer than 5 people as "fewer than 5".
 */
final class EvidencePackWords {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    /** One row of figures: what it is, this period, the previous period, the change (empty when not shown). */
    record Row(String label, String now, String before, String change) {
    }

    private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

    static {
        MESSAGES.setBasename("vaadin-i18n/translations");
        MESSAGES.setDefaultEncoding("UTF-8");
        MESSAGES.setFallbackToSystemLocale(false);
    }

    private EvidencePackWords() {
    }

    static String text(String key, Object... args) {
        return MESSAGES.getMessage(key, args.length == 0 ? null : args, Locale.ENGLISH);
    }

    static String fewerThan5() {
        return text("evidence-pack.fewer-than-5");
    }

    static String day(LocalDate day) {
        return DAY.format(day);
    }

    static String figure(Figure f) {
        return f.suppressed() ? fewerThan5() : Integer.toString(f.items());
    }

    /** {@code n}, with a plus sign when {@code signed} and positive (the PDF; the CSV keeps plain numbers). */
    static String change(long n, boolean signed) {
        return signed && n > 0 ? "+" + n : Long.toString(n);
    }

    /** The headline figures, this period against the previous one. */
    static List<Row> headline(Headline h, boolean signed) {
        List<Row> rows = new ArrayList<>();
        rows.add(counted("evidence-pack.headline.forms", h.forms(), h.previousForms(), signed));
        rows.add(counted("evidence-pack.headline.words", h.words().getOrDefault("ALL", Figure.NONE),
                h.previousWords().getOrDefault("ALL", Figure.NONE), signed));
        for (String sentiment : List.of("POSITIVE", "NEGATIVE")) {
            rows.add(percent("evidence-pack.headline.share." + sentiment, Headline.share(h.words(), sentiment),
                    Headline.share(h.previousWords(), sentiment), signed));
        }
        for (String rating : List.of("LISTENED", "UNDERSTOOD", "RESPECTED")) {
            rows.add(average("evidence-pack.headline.rating." + rating, h.ratings().get(rating),
                    h.previousRatings().get(rating), signed));
        }
        for (Listened now : h.listened()) {
            Listened before = h.previousListened().stream().filter(l -> l.respondent().equals(now.respondent()))
                    .findFirst().orElse(null);
            rows.add(percent("evidence-pack.headline.listened." + now.respondent(), now.yesShare(),
                    before == null ? null : before.yesShare(), signed));
        }
        return rows;
    }

    /** A theme's row: items, previous, change, then positive, negative and mixed items, each its own figure. */
    static List<String> theme(ThemeLine l, boolean signed) {
        return List.of(l.theme().name(), figure(l.now()), figure(l.before()),
                l.changeShown() ? change(l.change(), signed) : fewerThan5(),
                figure(l.positive()), figure(l.negative()), figure(l.mixed()));
    }

    private static Row counted(String key, Figure now, Figure before, boolean signed) {
        return new Row(text(key), figure(now), figure(before),
                now.suppressed() || before.suppressed() ? "" : change(now.items() - before.items(), signed));
    }

    private static Row percent(String key, @Nullable Double now, @Nullable Double before, boolean signed) {
        return new Row(text(key), now == null ? fewerThan5() : Long.toString(Math.round(now * 100)),
                before == null ? fewerThan5() : Long.toString(Math.round(before * 100)),
                now == null || before == null ? "" : change(Math.round(now * 100) - Math.round(before * 100), signed));
    }

    private static Row average(String key, @Nullable Average now, @Nullable Average before, boolean signed) {
        String n = now == null || now.suppressed() ? null : oneDecimal(now.mean());
        String b = before == null || before.suppressed() ? null : oneDecimal(before.mean());
        String change = "";
        if (n != null && b != null) {
            double d = Double.parseDouble(n) - Double.parseDouble(b);
            d = Math.abs(d) < 0.05 ? 0.0 : d; // no "-0.0"
            change = (signed && d > 0.0001 ? "+" : "") + oneDecimal(d);
        }
        return new Row(text(key), n == null ? fewerThan5() : n, b == null ? fewerThan5() : b, change);
    }

    private static String oneDecimal(@Nullable Double d) {
        return String.format(Locale.ROOT, "%.1f", d == null ? 0.0 : d);
    }

    /** The status of an action as people read it. */
    static String status(String status) {
        return text("evidence-pack.status." + status);
    }
}

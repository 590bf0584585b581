package org.familyvoice.themes;

import org.familyvoice.themes.Dashboard.Average;
import org.familyvoice.themes.Dashboard.Bucket;
import org.familyvoice.themes.Dashboard.Granularity;
import org.familyvoice.themes.Dashboard.Headline;
import org.familyvoice.themes.Dashboard.Listened;
import org.familyvoice.themes.Dashboard.Split;
import org.familyvoice.themes.Dashboard.ThemeLine;
import org.familyvoice.themes.Dashboard.Trend;
import org.familyvoice.themes.repository.FigureQueries;
import org.familyvoice.themes.repository.FigureQueries.Counted;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What families are telling the service, aggregated for managers: headline figures with the change from the
 * previous period, themes by volume and change, trends, and splits by team, source and meeting type. Counts come
 * from rollups; every figure built from fewer than {@link Figure#MIN_CONTRIBUTORS} people is marked suppressed
 * here, so no page or export can show it by mistake.
 */
@Service
@Transactional(readOnly = true)
public class ThemeDashboardService {

    public static final List<String> RATINGS = List.of("LISTENED", "UNDERSTOOD", "RESPECTED");
    public static final List<String> SENTIMENTS = List.of("POSITIVE", "NEGATIVE", "MIXED", "NEUTRAL");

    private final FigureQueries queries;
    private final Taxonomy taxonomy;

    ThemeDashboardService(FigureQueries queries, Taxonomy taxonomy) {
        this.queries = queries;
        this.taxonomy = taxonomy;
    }

    @PreAuthorize("hasRole('MANAGER')")
    public Headline headline(DashboardFilter filter) {
        DashboardFilter before = filter.previous();
        return new Headline(forms(filter), forms(before), words(filter), words(before), ratings(filter),
                ratings(before), listened(filter), listened(before));
    }

    private Figure forms(DashboardFilter f) {
        FigureQueries.Ratings r = queries.ratings(f);
        return new Figure(r.forms(), Math.min(r.forms(), queries.feedbackPeople(f).get("ALL")));
    }

    private Map<String, Figure> words(DashboardFilter f) {
        Map<String, Figure> words = new LinkedHashMap<>();
        for (String s : SENTIMENTS) {
            words.put(s, Figure.NONE);
        }
        words.put("ALL", Figure.NONE);
        for (Counted c : queries.wordsBySentiment(f)) {
            words.put(c.key(), new Figure(c.items(), c.contributors()));
        }
        return words;
    }

    private Map<String, Average> ratings(DashboardFilter f) {
        FigureQueries.Ratings r = queries.ratings(f);
        Map<String, Integer> people = queries.feedbackPeople(f);
        Map<String, Average> averages = new LinkedHashMap<>();
        averages.put("LISTENED", average(r.listenedSum(), r.listenedN(), people.get("LISTENED")));
        averages.put("UNDERSTOOD", average(r.understoodSum(), r.understoodN(), people.get("UNDERSTOOD")));
        averages.put("RESPECTED", average(r.respectedSum(), r.respectedN(), people.get("RESPECTED")));
        return averages;
    }

    private static Average average(int sum, int n, int people) {
        Figure answers = new Figure(n, Math.min(n, people));
        return new Average(n == 0 || answers.suppressed() ? null : (double) sum / n, answers);
    }

    private List<Listened> listened(DashboardFilter f) {
        Map<String, FigureQueries.CheckCounts> bySide = queries.listenedTo(f).stream()
                .collect(Collectors.toMap(FigureQueries.CheckCounts::respondent, Function.identity()));
        List<Listened> sides = new ArrayList<>();
        for (String side : List.of("CHILD", "PARENT", "PRACTITIONER")) {
            FigureQueries.CheckCounts c = bySide.get(side);
            if (c == null) {
                sides.add(new Listened(side, 0, 0, 0, Figure.NONE));
            } else {
                int all = c.yes() + c.partly() + c.no();
                sides.add(new Listened(side, c.yes(), c.partly(), c.no(), new Figure(all, Math.min(all, c.people()))));
            }
        }
        return sides;
    }

    /** Every active theme with its figures, most talked about first (then by name). */
    @PreAuthorize("hasRole('MANAGER')")
    public List<ThemeLine> themes(DashboardFilter filter) {
        Map<String, Counted> now = byKey(queries.themes(filter));
        Map<String, Counted> before = byKey(queries.themes(filter.previous()));
        Map<String, Counted> feel = byKey(queries.themeSentimentFigures(filter));
        List<ThemeLine> lines = new ArrayList<>();
        for (ThemeRef theme : taxonomy.current().themes()) {
            String key = String.valueOf(theme.id());
            lines.add(new ThemeLine(theme, figure(now.get(key)), figure(before.get(key)),
                    figure(feel.get(key + ":POSITIVE")), figure(feel.get(key + ":NEGATIVE")),
                    figure(feel.get(key + ":MIXED"))));
        }
        lines.sort(ranked(l -> !l.now().suppressed(), l -> l.now().items()));
        return lines;
    }

    /**
     * The same lines ordered by the change from the previous period, largest rise first. Lines whose change may not
     * be shown (either period from fewer than 5 people) come after, in name order.
     */
    public static List<ThemeLine> byChange(List<ThemeLine> lines) {
        List<ThemeLine> sorted = new ArrayList<>(lines);
        sorted.sort(ranked(ThemeLine::changeShown, ThemeLine::change));
        return sorted;
    }

    /**
     * Ranks the lines that may be shown by a figure, largest first, then the others by name only: the place of a
     * "fewer than 5" theme in a ranking would otherwise tell roughly how many items it has.
     */
    private static Comparator<ThemeLine> ranked(java.util.function.Predicate<ThemeLine> shown,
                                                java.util.function.ToIntFunction<ThemeLine> figure) {
        return Comparator.comparing((ThemeLine l) -> !shown.test(l))
                .thenComparingInt(l -> shown.test(l) ? -figure.applyAsInt(l) : 0)
                .thenComparing(l -> l.theme().name());
    }

    /** Weekly (Monday to Sunday) or monthly buckets over the period, for the {@code top} most talked-about themes. */
    @PreAuthorize("hasRole('MANAGER')")
    public Trend trend(DashboardFilter filter, Granularity granularity, int top) {
        List<Bucket> buckets = buckets(filter, granularity);
        // only themes that may be shown: a "fewer than 5" theme among the top ones would tell its rank
        List<ThemeRef> themes = themes(filter).stream().filter(l -> !l.now().suppressed()).limit(top)
                .map(ThemeLine::theme).toList();
        Map<String, Counted> cells = byKey(queries.trend(filter, buckets.stream().map(Bucket::from).toList(),
                themes.stream().map(ThemeRef::id).toList()));
        Map<Long, List<Figure>> series = new LinkedHashMap<>();
        for (ThemeRef theme : themes) {
            List<Figure> figures = new ArrayList<>();
            for (int i = 0; i < buckets.size(); i++) {
                figures.add(figure(cells.get(theme.id() + ":" + i)));
            }
            series.put(theme.id(), figures);
        }
        return new Trend(buckets, themes, series);
    }

    static List<Bucket> buckets(DashboardFilter filter, Granularity granularity) {
        List<Bucket> buckets = new ArrayList<>();
        LocalDate start = filter.from();
        while (!start.isAfter(filter.to())) {
            LocalDate next = granularity == Granularity.WEEK
                    ? start.with(TemporalAdjusters.next(DayOfWeek.MONDAY))
                    : start.with(TemporalAdjusters.firstDayOfNextMonth());
            LocalDate end = next.minusDays(1).isAfter(filter.to()) ? filter.to() : next.minusDays(1);
            buckets.add(new Bucket(start, end));
            start = next;
        }
        return buckets;
    }

    /** Themes split by team ({@code team_id}), source ({@code source}) or meeting type ({@code meeting_type}). */
    @PreAuthorize("hasRole('MANAGER')")
    public Split split(DashboardFilter filter, String dimension) {
        List<Counted> rows = queries.split(filter, dimension);
        Map<String, Figure> cells = new HashMap<>();
        List<String> values = new ArrayList<>();
        for (Counted c : rows) {
            cells.put(c.key(), new Figure(c.items(), c.contributors()));
            String value = c.key().substring(c.key().indexOf(':') + 1);
            if (!values.contains(value)) {
                values.add(value);
            }
        }
        values.sort(Comparator.naturalOrder());
        // a theme from fewer than 5 people has no cell that may be shown: its row would only say it was mentioned
        List<ThemeRef> themes = themes(filter).stream().filter(l -> !l.now().suppressed()).map(ThemeLine::theme).toList();
        return new Split(dimension, values, themes, cells);
    }

    private static Map<String, Counted> byKey(List<Counted> rows) {
        return rows.stream().collect(Collectors.toMap(Counted::key, Function.identity()));
    }

    private static Figure figure(@org.jspecify.annotations.Nullable Counted c) {
        return c == null ? Figure.NONE : new Figure(c.items(), c.contributors());
    }
}

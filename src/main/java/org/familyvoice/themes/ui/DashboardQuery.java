package org.familyvoice.themes.ui;

import com.vaadin.flow.router.QueryParameters;
import org.familyvoice.base.TeamId;
import org.familyvoice.base.UserFacingException;
import org.familyvoice.themes.Dashboard.Granularity;
import org.familyvoice.themes.DashboardFilter;
import org.familyvoice.themes.VoiceSource;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The dashboard's choices as they stand in the page's address, so a link or bookmark opens the same figures and
 * the back button returns to the previous ones. A preset period ("the last 3 months") stays relative to the day
 * the link is opened; a custom period keeps its dates. {@code granularity} null means "chosen for the period".
 */
record DashboardQuery(Period period, LocalDate from, LocalDate to, @Nullable TeamId team, @Nullable VoiceSource source,
                      @Nullable String meetingType, @Nullable Granularity granularity, boolean byChange) {

    static final String PERIOD = "period";
    static final String FROM = "from";
    static final String TO = "to";
    static final String TEAM = "team";
    static final String SOURCE = "source";
    static final String MEETING = "meeting";
    static final String TREND = "trend";
    static final String RANK = "rank";
    /** Periods up to this many days are shown week by week unless someone chooses otherwise. */
    static final int WEEKLY_UP_TO_DAYS = 100;

    /** The period choices, and how each stands in the address. */
    enum Period {
        LAST_30_DAYS("30d"), LAST_3_MONTHS("3m"), LAST_12_MONTHS("12m"), CUSTOM("custom");

        final String param;

        Period(String param) {
            this.param = param;
        }

        /** The days of a preset, ending today. */
        LocalDate start(LocalDate today) {
            return switch (this) {
                case LAST_30_DAYS -> today.minusDays(29);
                case LAST_3_MONTHS -> today.minusMonths(3).plusDays(1);
                case LAST_12_MONTHS, CUSTOM -> today.minusMonths(12).plusDays(1);
            };
        }
    }

    static final Period DEFAULT_PERIOD = Period.LAST_3_MONTHS;

    /** Something in the address that could not be used, as a translation key and its arguments. */
    record Problem(String key, Object... args) {
    }

    /** The choices to show, and what in the address was replaced by a default. */
    record Parsed(DashboardQuery query, List<Problem> problems) {
    }

    DashboardQuery {
        filterOf(from, to, team, source, meetingType);
    }

    static DashboardQuery defaults(LocalDate today) {
        return preset(DEFAULT_PERIOD, today);
    }

    static DashboardQuery preset(Period period, LocalDate today) {
        return new DashboardQuery(period, period.start(today), today, null, null, null, null, false);
    }

    DashboardFilter filter() {
        return filterOf(from, to, team, source, meetingType);
    }

    private static DashboardFilter filterOf(LocalDate from, LocalDate to, @Nullable TeamId team,
                                            @Nullable VoiceSource source, @Nullable String meetingType) {
        return new DashboardFilter(from, to, team, source, meetingType);
    }

    /** The trend's buckets: as chosen, or weeks for a short period and months for a long one. */
    Granularity trendBy() {
        if (granularity != null) {
            return granularity;
        }
        return filter().days() <= WEEKLY_UP_TO_DAYS ? Granularity.WEEK : Granularity.MONTH;
    }

    DashboardQuery withPeriod(Period newPeriod, LocalDate newFrom, LocalDate newTo) {
        return new DashboardQuery(newPeriod, newFrom, newTo, team, source, meetingType, granularity, byChange);
    }

    DashboardQuery withTeam(@Nullable TeamId newTeam) {
        return new DashboardQuery(period, from, to, newTeam, source, meetingType, granularity, byChange);
    }

    DashboardQuery withSource(@Nullable VoiceSource newSource) {
        return new DashboardQuery(period, from, to, team, newSource, meetingType, granularity, byChange);
    }

    DashboardQuery withMeetingType(@Nullable String newMeetingType) {
        return new DashboardQuery(period, from, to, team, source, newMeetingType, granularity, byChange);
    }

    DashboardQuery withGranularity(@Nullable Granularity newGranularity) {
        return new DashboardQuery(period, from, to, team, source, meetingType, newGranularity, byChange);
    }

    DashboardQuery withByChange(boolean newByChange) {
        return new DashboardQuery(period, from, to, team, source, meetingType, granularity, newByChange);
    }

    /** The address's query parameters for these choices (defaults left out, so links stay short). */
    Map<String, String> parameters() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put(PERIOD, period.param);
        if (period == Period.CUSTOM) {
            p.put(FROM, from.toString());
            p.put(TO, to.toString());
        }
        if (team != null) {
            p.put(TEAM, team.toString());
        }
        if (source != null) {
            p.put(SOURCE, source.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        }
        if (meetingType != null) {
            p.put(MEETING, meetingType.toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        }
        if (granularity != null) {
            p.put(TREND, granularity == Granularity.WEEK ? "week" : "month");
        }
        if (byChange) {
            p.put(RANK, "change");
        }
        return p;
    }

    QueryParameters queryParameters() {
        return QueryParameters.simple(parameters());
    }

    /**
     * Reads the choices from an address. Whatever cannot be used (not a date, an unknown team, a period the
     * dashboard refuses) is replaced by its default and reported, so the page still opens and says what changed.
     */
    static Parsed parse(QueryParameters parameters, LocalDate today, Set<TeamId> teams, Set<String> meetingTypes) {
        Map<String, List<String>> p = parameters.getParameters();
        List<Problem> problems = new ArrayList<>();
        DashboardQuery q = defaults(today);

        String periodParam = first(p, PERIOD);
        boolean datesGiven = first(p, FROM) != null || first(p, TO) != null;
        Period period = null;
        if (periodParam != null) {
            for (Period candidate : Period.values()) {
                if (candidate.param.equals(periodParam)) {
                    period = candidate;
                }
            }
            if (period == null) {
                problems.add(new Problem("themes.link.period", shorten(periodParam)));
            }
        } else if (datesGiven) {
            period = Period.CUSTOM;
        }
        if (period == Period.CUSTOM) {
            LocalDate from = date(first(p, FROM), "themes.link.from", problems);
            LocalDate to = date(first(p, TO), "themes.link.to", problems);
            if (from != null && to != null) {
                try {
                    q = q.withPeriod(Period.CUSTOM, from, to);
                } catch (UserFacingException e) {
                    problems.add(new Problem(e.messageKey(), e.args()));
                }
            }
        } else if (period != null) {
            q = preset(period, today);
        }

        String team = first(p, TEAM);
        if (team != null) {
            TeamId id = teamId(team);
            if (id != null && teams.contains(id)) {
                q = q.withTeam(id);
            } else {
                problems.add(new Problem("themes.link.team", shorten(team)));
            }
        }
        String source = first(p, SOURCE);
        if (source != null) {
            VoiceSource s = constant(VoiceSource.class, source);
            if (s != null) {
                q = q.withSource(s);
            } else {
                problems.add(new Problem("themes.link.source", shorten(source)));
            }
        }
        String meeting = first(p, MEETING);
        if (meeting != null) {
            String type = meeting.toUpperCase(java.util.Locale.ROOT).replace('-', '_');
            if (meetingTypes.contains(type)) {
                q = q.withMeetingType(type);
            } else {
                problems.add(new Problem("themes.link.meeting", shorten(meeting)));
            }
        }
        String trend = first(p, TREND);
        if (trend != null) {
            switch (trend) {
                case "week" -> q = q.withGranularity(Granularity.WEEK);
                case "month" -> q = q.withGranularity(Granularity.MONTH);
                default -> problems.add(new Problem("themes.link.trend", shorten(trend)));
            }
        }
        String rank = first(p, RANK);
        if (rank != null) {
            switch (rank) {
                case "change" -> q = q.withByChange(true);
                case "volume" -> q = q.withByChange(false);
                default -> problems.add(new Problem("themes.link.rank", shorten(rank)));
            }
        }
        return new Parsed(q, List.copyOf(problems));
    }

    static @Nullable String first(Map<String, List<String>> p, String name) {
        List<String> values = p.get(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    private static @Nullable LocalDate date(@Nullable String text, String key, List<Problem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(new Problem(key, ""));
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(new Problem(key, shorten(text)));
            return null;
        }
    }

    private static @Nullable TeamId teamId(String text) {
        try {
            long id = Long.parseLong(text);
            return id > 0 ? new TeamId(id) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static <E extends Enum<E>> @Nullable E constant(Class<E> type, String text) {
        String name = text.toUpperCase(java.util.Locale.ROOT).replace('-', '_');
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        return null;
    }

    /** What someone put in the address, cut short so a long one cannot fill the page (shown as text, never HTML). */
    static String shorten(String text) {
        String visible = text.replaceAll("[\\p{Cc}\\p{Cf}]", "?");
        return visible.length() <= 40 ? visible : visible.substring(0, 40) + "…";
    }
}

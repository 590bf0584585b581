package org.familyvoice.themes.ui;

import com.vaadin.flow.component.Component;
import org.familyvoice.accounts.Team;
import org.familyvoice.base.ui.Formats;
import org.familyvoice.themes.Dashboard.Average;
import org.familyvoice.themes.Figure;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Figures in words, for every part of the dashboard: a figure from fewer than 5 people reads "fewer than 5" and
 * never a number, not even inside a change ("up 3 from 14" needs both periods to have 5 or more people).
 */
final class FigureWords {

    private FigureWords() {
    }

    static String fewer(Component c) {
        return c.getTranslation("themes.fewer-than", Figure.MIN_CONTRIBUTORS);
    }

    /** "42", or "fewer than 5". */
    static String count(Component c, Figure f) {
        return f.shown().isPresent() ? String.valueOf(f.shown().getAsInt()) : fewer(c);
    }

    /** "up 3 from 14", "down 5 from 20", "no change from 7", or what the previous period was when one is hidden. */
    static String countChange(Component c, Figure now, Figure before) {
        if (now.suppressed() || before.suppressed()) {
            return previous(c, before.suppressed() ? null : String.valueOf(before.items()));
        }
        return change(c, now.items() - before.items(), String.valueOf(before.items()), "themes.change.up",
                "themes.change.down");
    }

    /** "38%", or "fewer than 5" when the share is null (hidden). */
    static String percent(Component c, @Nullable Double share) {
        return share == null ? fewer(c) : c.getTranslation("themes.percent", Math.round(share * 100));
    }

    /** "up 3 points from 14%"; the points are the difference of the rounded shares, so the words add up. */
    static String percentChange(Component c, @Nullable Double now, @Nullable Double before) {
        if (now == null || before == null) {
            return previous(c, before == null ? null : percent(c, before));
        }
        long difference = Math.round(now * 100) - Math.round(before * 100);
        return change(c, difference, percent(c, before), "themes.change.points.up", "themes.change.points.down");
    }

    /** "3.8 out of 5", or "fewer than 5". */
    static String average(Component c, Average a) {
        return a.suppressed() || a.mean() == null ? fewer(c) : c.getTranslation("themes.out-of-5", decimal(a.mean()));
    }

    /** "up 0.3 from 3.5". */
    static String averageChange(Component c, Average now, Average before) {
        if (now.suppressed() || before.suppressed() || now.mean() == null || before.mean() == null) {
            return previous(c, before.suppressed() || before.mean() == null ? null : decimal(before.mean()));
        }
        long tenths = Math.round(now.mean() * 10) - Math.round(before.mean() * 10);
        String difference = decimal(Math.abs(tenths) / 10.0);
        String from = decimal(before.mean());
        if (tenths == 0) {
            return c.getTranslation("themes.change.none", from);
        }
        return c.getTranslation(tenths > 0 ? "themes.change.up" : "themes.change.down", difference, from);
    }

    private static String change(Component c, long difference, String from, String upKey, String downKey) {
        if (difference == 0) {
            return c.getTranslation("themes.change.none", from);
        }
        return c.getTranslation(difference > 0 ? upKey : downKey, Math.abs(difference), from);
    }

    private static String previous(Component c, @Nullable String before) {
        return c.getTranslation("themes.change.previous", before == null ? fewer(c) : before);
    }

    /** One decimal, UK style: "3.8". */
    static String decimal(double value) {
        return String.format(Locale.UK, "%.1f", value);
    }

    /** "1 Mar 2026 to 31 Mar 2026" */
    static String period(Component c, LocalDate from, LocalDate to) {
        return c.getTranslation("themes.period", Formats.date(from), Formats.date(to));
    }

    static String source(Component c, String source) {
        return c.getTranslation("themes.source." + source);
    }

    /** A meeting type's name, or "Not about a meeting". */
    static String meetingType(Component c, String type) {
        return "NONE".equals(type) ? c.getTranslation("themes.meeting.none") : c.getTranslation("meetings.type." + type);
    }

    /** "all teams, from everyone, with or without a meeting", or the team, source and meeting type chosen. */
    static String choices(Component c, DashboardQuery q, List<Team> teams) {
        String team = q.team() == null ? c.getTranslation("themes.showing.team.all")
                : teams.stream().filter(t -> t.id().equals(q.team())).map(Team::name).findFirst().orElse("");
        String source = q.source() == null ? c.getTranslation("themes.showing.source.all")
                : c.getTranslation("themes.showing.source." + q.source().name());
        String meeting = q.meetingType() == null ? c.getTranslation("themes.showing.meeting.all")
                : "NONE".equals(q.meetingType()) ? c.getTranslation("themes.showing.meeting.none")
                : c.getTranslation("themes.showing.meeting", c.getTranslation("meetings.type." + q.meetingType()));
        return c.getTranslation("themes.showing.filters", team, source, meeting);
    }
}

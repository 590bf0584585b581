package org.familyvoice.improvement;

import org.familyvoice.themes.Dashboard.Headline;
import org.familyvoice.themes.Dashboard.ThemeLine;
import org.familyvoice.themes.Dashboard.Trend;
import org.familyvoice.themes.DashboardFilter;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything one evidence pack shows, gathered once so the PDF and the CSV tell the same story. Every figure carries
 * its own "fewer than 5" decision; every quote here is redacted.
 */
record EvidencePack(DashboardFilter period, LocalDate madeOn, Headline headline, List<ThemeLine> themes, Trend trend,
                    boolean monthly, List<ThemeQuotes> quotes, List<Action> actions,
                    List<YouSaidEntry.Published> youSaid) {

    EvidencePack {
        themes = List.copyOf(themes);
        quotes = List.copyOf(quotes);
        actions = List.copyOf(actions);
        youSaid = List.copyOf(youSaid);
    }

    /** A few redacted quotes behind one of the most talked-about themes (never one whose figure is suppressed). */
    record ThemeQuotes(String theme, List<Said> quotes) {
        ThemeQuotes {
            quotes = List.copyOf(quotes);
        }
    }

    /** Redacted words and the day they were said. */
    record Said(LocalDate saidOn, String redactedText) {
    }

    /** An improvement action, its status and the evidence linked to it (themes; a few redacted quotes, of {@code quotesInAll}). */
    record Action(String area, String title, String owner, LocalDate dueOn, String status, List<String> themes,
                  List<Said> quotes, int quotesInAll) {
        Action {
            themes = List.copyOf(themes);
            quotes = List.copyOf(quotes);
        }
    }
}

package org.familyvoice.themes;

import java.util.List;

/**
 * A word or two-word phrase families used clearly more in the recent period than before, that no theme covers:
 * {@code term} as analysed (stems, e.g. "famili hub"), {@code label} as families wrote it ("family hub"), its items
 * and distinct people now and before ({@code before} may be "fewer than 5": see {@link Figure}), and a few of the
 * newest quotes, always redacted.
 */
public record EmergingTerm(String term, String label, Figure now, Figure before, List<String> quotes) {

    public EmergingTerm {
        quotes = List.copyOf(quotes);
    }

    /** Whether nobody used it in the period before. */
    public boolean isNew() {
        return before.items() == 0;
    }
}

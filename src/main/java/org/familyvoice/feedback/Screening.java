package org.familyvoice.feedback;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What the safeguarding screener found in one text: every matched sign with its kind of concern, and
 * whether any of them calls for the short (urgent) response deadline.
 */
public record Screening(List<Sign> signs, boolean urgent) {

    /** One sign of possible harm: its kind and the words (as normalised) that showed it. */
    public record Sign(Concern concern, String words) {
        public Sign {
            Objects.requireNonNull(concern);
            Objects.requireNonNull(words);
        }
    }

    public Screening {
        signs = List.copyOf(signs);
        if (urgent && signs.isEmpty()) {
            throw new IllegalArgumentException("urgent without any sign");
        }
    }

    public static final Screening NOTHING = new Screening(List.of(), false);

    /** True when a person should look at this text. */
    public boolean flagged() {
        return !signs.isEmpty();
    }

    public Set<Concern> concerns() {
        return signs.stream().map(Sign::concern).collect(Collectors.toCollection(TreeSet::new));
    }
}

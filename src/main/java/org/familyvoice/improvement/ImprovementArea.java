package org.familyvoice.improvement;

import org.familyvoice.themes.ThemeRef;

import java.util.List;
import java.util.Objects;

/**
 * An improvement area of the plan, with the (active) themes mapped to it and its actions, soonest due first.
 * {@code active} false: no longer part of the plan, kept with its actions for the record.
 */
public record ImprovementArea(long id, String code, String name, String description, boolean active, long version,
                              List<ThemeRef> themes, List<ImprovementAction> actions) {

    public ImprovementArea {
        Objects.requireNonNull(name);
        Objects.requireNonNull(description);
        themes = List.copyOf(themes);
        actions = List.copyOf(actions);
    }
}

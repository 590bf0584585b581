package org.familyvoice.themes;

import java.time.LocalDate;
import java.util.List;

/**
 * Emerging themes: the recent days ({@code from} to {@code to}) compared with the days just before them
 * ({@code beforeFrom} to {@code beforeTo}), and the terms that rose clearly there, strongest rise first.
 */
public record Emerging(LocalDate from, LocalDate to, LocalDate beforeFrom, LocalDate beforeTo, List<EmergingTerm> terms) {

    public Emerging {
        terms = List.copyOf(terms);
    }
}

package org.familyvoice.themes;

/**
 * A word or two-word phrase (as analysed stems, e.g. "respit care") found in {@code items} items that staff added a
 * theme to by correction, and that no theme's keywords cover yet: a candidate keyword for that theme.
 */
public record KeywordSuggestion(String term, int items) {
}

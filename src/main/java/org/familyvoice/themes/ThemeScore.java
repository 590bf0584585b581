package org.familyvoice.themes;

/** One theme given to a text, with the summed weight of the distinct keywords and phrases found for it. */
public record ThemeScore(String code, double score) {
}

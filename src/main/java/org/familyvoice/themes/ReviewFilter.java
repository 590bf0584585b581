package org.familyvoice.themes;

import org.jspecify.annotations.Nullable;

/**
 * Which tagged items a member of staff reviews: only those nobody has confirmed or corrected yet, and/or those with
 * one theme ({@code themeId} null for any).
 */
public record ReviewFilter(boolean notYetReviewed, @Nullable Long themeId) {

    public static final ReviewFilter ALL = new ReviewFilter(false, null);
}

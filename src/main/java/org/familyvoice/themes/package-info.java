/**
 * Family Voice: themes. So far the theme taxonomy's seed data ({@link org.familyvoice.themes.SeedThemes}) and the
 * pure tagging component ({@link org.familyvoice.themes.ThemeTagger}) that gives every free text up to three
 * themes and a sentiment; saving tags, the editable taxonomy, rollups and dashboards come later. Its root
 * package is the feature's API. Method and figures: {@code docs/themes-tagger.md}.
 */
@NullMarked
package org.familyvoice.themes;

import org.jspecify.annotations.NullMarked;

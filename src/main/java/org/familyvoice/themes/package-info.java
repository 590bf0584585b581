/**
 * Family Voice: themes — what families say, aggregated. {@link org.familyvoice.themes.VoiceRecorder} takes the
 * words whose authors allowed it (feedback, shared agenda items, post-meeting check comments) inside the saving
 * feature's transaction, tags them ({@link org.familyvoice.themes.ThemeTagger} over the editable taxonomy,
 * {@link org.familyvoice.themes.TaxonomyService}), redacts them ({@link org.familyvoice.themes.Redactor}) and
 * counts them in rollups. {@link org.familyvoice.themes.ThemeDashboardService}, the quotes, emerging themes and
 * tag review services read them; every figure is a {@link org.familyvoice.themes.Figure} that knows whether it
 * must read "fewer than 5". Method and figures: {@code docs/themes-tagger.md}, {@code docs/themes-dashboard.md},
 * {@code docs/themes-benchmark.md}, decision 0007.
 */
@NullMarked
package org.familyvoice.themes;

import org.jspecify.annotations.NullMarked;

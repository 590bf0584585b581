/**
 * Family Voice: the improvement plan. The council's improvement areas (drawn from the inspection), the actions
 * under each with owner, due date, status and progress notes, and the evidence behind an action: themes and
 * (redacted) quotes of what families said. Its root package is the feature's API
 * ({@link org.familyvoice.improvement.ImprovementPlanService} and its records).
 */
@NullMarked
package org.familyvoice.improvement;

import org.jspecify.annotations.NullMarked;

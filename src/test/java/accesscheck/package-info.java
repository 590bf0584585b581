/**
 * Classes made only to show that {@code org.familyvoice.base.security.AccessAnnotationsTest} fails when it should: a
 * view without an access annotation, service methods without a guard, a guard a proxy cannot apply. Kept outside
 * {@code org.familyvoice} so neither Spring's component scan nor Vaadin's route scan ever picks them up.
 */
package accesscheck;

/**
 * UK GDPR features: the consent choices people make (with the time and the version of the wording they were shown)
 * and the subject access export an administrator produces for one person.
 */
@NullMarked
package org.familyvoice.privacy;

import org.jspecify.annotations.NullMarked;

/**
 * Family Voice: what families tell the service (feedback), and the safeguarding screening of every free text.
 * Its root package is the feature's API.
 */
@NullMarked
package org.familyvoice.feedback;

import org.jspecify.annotations.NullMarked;

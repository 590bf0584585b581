/** Family Voice: the families feature. Its root package is the feature's API. */
@NullMarked
package org.familyvoice.families;

import org.jspecify.annotations.NullMarked;

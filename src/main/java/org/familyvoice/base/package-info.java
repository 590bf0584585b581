/** Family Voice: the base feature. Its root package is the feature's API. */
@NullMarked
package org.familyvoice.base;

import org.jspecify.annotations.NullMarked;

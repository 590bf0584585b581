/** Family Voice: the accounts feature. Its root package is the feature's API. */
@NullMarked
package org.familyvoice.accounts;

import org.jspecify.annotations.NullMarked;

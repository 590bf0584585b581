/** The administrators' retention and erasure page. */
@NullMarked
package org.familyvoice.privacy.ui;

import org.jspecify.annotations.NullMarked;

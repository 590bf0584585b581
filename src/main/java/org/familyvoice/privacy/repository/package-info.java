/** Persistence of the privacy feature: SQL that anonymises rows across the portal's tables. */
@NullMarked
package org.familyvoice.privacy.repository;

import org.jspecify.annotations.NullMarked;

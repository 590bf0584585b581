/**
 * UK GDPR features: the consent choices people make (with the time and the version of the wording they were shown),
 * the subject access export an administrator produces for one person, erasure of a person on request, and the
 * retention job. Its root package is the feature's API.
 * <p>
 * Unlike other features, its repositories read (and erasure changes) other features' tables directly: the export and
 * erasure must reach every table the portal has, and {@code ErasureInventory} (checked against the database's own
 * metadata by a test) says what erasure does to each one, so a table added later fails that test until someone decides.
 */
@NullMarked
package org.familyvoice.privacy;

import org.jspecify.annotations.NullMarked;

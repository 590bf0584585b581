/**
 * Family Voice: UK GDPR erasure of a person on request, and the retention job. Its root package is the feature's API.
 * <p>
 * Unlike other features, its repository reads and changes other features' tables directly: erasure must reach every
 * table the portal has, and {@code ErasureInventory} (checked against the database's own metadata by a test) says
 * what happens to each one, so a table added later fails that test until someone decides.
 */
@NullMarked
package org.familyvoice.privacy;

import org.jspecify.annotations.NullMarked;

/** Live updates: committed changes pushed to the pages that show them, on this node. */
@NullMarked
package org.familyvoice.base.live;

import org.jspecify.annotations.NullMarked;

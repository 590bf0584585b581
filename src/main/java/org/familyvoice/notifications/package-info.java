/** In-app notifications: what the portal tells one person, with a badge and a list. */
@NullMarked
package org.familyvoice.notifications;

import org.jspecify.annotations.NullMarked;

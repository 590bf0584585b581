/**
 * What every HTTP response gets, whichever part of the portal answers it: a reference for the request that support
 * can find in the logs, no caching of anything but the portal's own static files, and a calm error page.
 */
@NullMarked
package org.familyvoice.base.web;

import org.jspecify.annotations.NullMarked;

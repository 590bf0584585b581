/** Family Voice: the meetings feature (scheduling and invitations so far). Its root package is the feature's API. */
@NullMarked
package org.familyvoice.meetings;

import org.jspecify.annotations.NullMarked;

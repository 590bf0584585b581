package org.familyvoice.base.security;

import org.familyvoice.base.UserId;

/**
 * Published when an account must be signed out everywhere: deactivated, given another role or team, or its
 * password reset. Sessions on this node end at their next request.
 */
public record AccountSessionsEnded(UserId userId) {
}

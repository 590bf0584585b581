package org.familyvoice.families;

import java.time.Instant;

/** A freshly created invitation: the code and link to hand to the family member, shown once. */
public record NewInvitation(InvitationId id, String code, String link, Instant expiresAt) {
}

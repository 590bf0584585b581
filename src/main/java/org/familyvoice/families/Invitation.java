package org.familyvoice.families;

import java.time.Instant;

/** An invitation as staff see it: never the code itself, which is shown once and stored only as a hash. */
public record Invitation(InvitationId id, MemberId memberId, String memberName, Instant createdAt, Instant expiresAt,
                         Status status) {
    public enum Status { PENDING, EXPIRED, REDEEMED, REVOKED }
}

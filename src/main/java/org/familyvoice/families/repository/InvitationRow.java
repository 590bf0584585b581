package org.familyvoice.families.repository;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;

@Table("invitation")
public record InvitationRow(@Id @Nullable Long id, long familyId, long familyMemberId, String codeHash, long createdBy,
                            Instant createdAt, Instant expiresAt, @Nullable Instant redeemedAt,
                            @Nullable Instant revokedAt, @Version @Nullable Long version) {

    public boolean usableAt(Instant now) {
        return redeemedAt == null && revokedAt == null && now.isBefore(expiresAt);
    }

    public InvitationRow redeemed(Instant at) {
        return new InvitationRow(id, familyId, familyMemberId, codeHash, createdBy, createdAt, expiresAt, at, revokedAt,
                version);
    }

    public InvitationRow revoked(Instant at) {
        return new InvitationRow(id, familyId, familyMemberId, codeHash, createdBy, createdAt, expiresAt, redeemedAt, at,
                version);
    }
}

package org.familyvoice.families.repository;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;
import java.time.LocalDate;

@Table("family_member")
public record MemberRow(@Id @Nullable Long id, long familyId, String name, String relationship, String memberType,
                        @Nullable LocalDate dateOfBirth, @Nullable Long userId, Instant createdAt,
                        @Version @Nullable Long version) {

    public MemberRow withUserId(long newUserId) {
        return new MemberRow(id, familyId, name, relationship, memberType, dateOfBirth, newUserId, createdAt, version);
    }
}

package org.familyvoice.families.repository;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;

@Table("family")
public record FamilyRow(@Id @Nullable Long id, String caseReference, String displayName, long teamId,
                        long allocatedPractitionerId, Instant createdAt, @Version @Nullable Long version) {

    public FamilyRow withAllocatedPractitioner(long practitionerId) {
        return new FamilyRow(id, caseReference, displayName, teamId, practitionerId, createdAt, version);
    }
}

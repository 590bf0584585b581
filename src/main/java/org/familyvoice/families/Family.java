package org.familyvoice.families;

import org.familyvoice.base.FamilyId;
import org.familyvoice.base.TeamId;
import org.familyvoice.base.UserId;

import java.util.Objects;

/** A family (a case) as the caller may see it. {@code editable} says whether the caller may change it. */
public record Family(FamilyId id, String caseReference, String displayName, TeamId teamId, String teamName,
                     UserId allocatedPractitionerId, String allocatedPractitionerName, boolean editable) {
    public Family {
        Objects.requireNonNull(id);
        Objects.requireNonNull(caseReference);
        Objects.requireNonNull(displayName);
    }
}

package org.familyvoice.families;

import org.familyvoice.base.FamilyId;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.Objects;

/** A member of a family. A young person always has a date of birth. */
public record FamilyMember(MemberId id, FamilyId familyId, String name, String relationship, MemberType type,
                           @Nullable LocalDate dateOfBirth, boolean hasAccount) {
    public FamilyMember {
        Objects.requireNonNull(name);
        if (type == MemberType.YOUNG_PERSON && dateOfBirth == null) {
            throw new IllegalArgumentException("a young person needs a date of birth");
        }
    }
}

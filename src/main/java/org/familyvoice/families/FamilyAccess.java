package org.familyvoice.families;

import org.familyvoice.base.FamilyId;
import org.familyvoice.base.TeamId;
import org.familyvoice.base.UserId;

/** What the caller may do with one family, as decided by {@link AccessPolicy}. */
public record FamilyAccess(FamilyId familyId, TeamId teamId, UserId allocatedPractitionerId, Level level) {

    public enum Level { NONE, READ, WRITE }

    public boolean canRead() {
        return level != Level.NONE;
    }

    public boolean canWrite() {
        return level == Level.WRITE;
    }
}

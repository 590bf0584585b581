package org.familyvoice.families;

import org.familyvoice.base.FamilyId;
import org.familyvoice.base.Roles;
import org.familyvoice.base.TeamId;
import org.familyvoice.base.UserId;
import org.familyvoice.base.audit.AuditAction;
import org.familyvoice.base.audit.AuditLog;
import org.familyvoice.base.security.CurrentUser;
import org.familyvoice.base.security.FamilyVoiceUser;
import org.familyvoice.families.FamilyAccess.Level;
import org.familyvoice.families.repository.FamilyRepository;
import org.familyvoice.families.repository.FamilyRow;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import java.util.Objects;
import java.util.Optional;

/**
 * Who may reach which family. Every service that reads or changes family data asks this first.
 * <ul>
 *   <li>a parent, carer or young person: their own family only (read; their own contributions are
 *       checked by the feature that owns them);</li>
 *   <li>a practitioner: the families allocated to them (read and write) and, read-only, the rest of their team's;</li>
 *   <li>a manager: their team's families (read and write);</li>
 *   <li>an administrator: none: they run accounts and settings, not cases.</li>
 * </ul>
 * A family that does not exist and a family the caller may not reach look the same to the caller.
 */
@Component
public class AccessPolicy {

    private final FamilyRepository families;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    AccessPolicy(FamilyRepository families, CurrentUser currentUser, AuditLog audit) {
        this.families = families;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** The pure rule, for a user and a family's team and allocation. */
    public static Level decide(FamilyVoiceUser user, FamilyId familyId, TeamId teamId, UserId allocatedPractitioner) {
        return switch (user.role()) {
            case Roles.PARENT, Roles.YOUNG_PERSON -> familyId.equals(user.familyId()) ? Level.READ : Level.NONE;
            case Roles.PRACTITIONER -> allocatedPractitioner.equals(user.id()) ? Level.WRITE
                    : Objects.equals(teamId, user.teamId()) ? Level.READ : Level.NONE;
            case Roles.MANAGER -> Objects.equals(teamId, user.teamId()) ? Level.WRITE : Level.NONE;
            default -> Level.NONE;
        };
    }

    /** The caller's access to a family; NONE for a family that does not exist. */
    public FamilyAccess accessTo(FamilyId familyId) {
        FamilyVoiceUser user = currentUser.require();
        Optional<FamilyRow> row = families.findById(familyId.value());
        if (row.isEmpty()) {
            return new FamilyAccess(familyId, new TeamId(Long.MAX_VALUE), new UserId(Long.MAX_VALUE), Level.NONE);
        }
        FamilyRow f = row.get();
        TeamId team = new TeamId(f.teamId());
        UserId allocated = new UserId(f.allocatedPractitionerId());
        return new FamilyAccess(familyId, team, allocated, decide(user, familyId, team, allocated));
    }

    /** The caller's access if they may at least read the family; otherwise audited and refused. */
    public FamilyAccess requireRead(FamilyId familyId) {
        FamilyAccess access = accessTo(familyId);
        if (!access.canRead()) {
            deny(familyId, "read");
        }
        return access;
    }

    /** The caller's access if they may change the family; otherwise audited and refused. */
    public FamilyAccess requireWrite(FamilyId familyId) {
        FamilyAccess access = accessTo(familyId);
        if (!access.canWrite()) {
            deny(familyId, "write");
        }
        return access;
    }

    private void deny(FamilyId familyId, String what) {
        audit.recordSecurityEvent(null, AuditAction.ACCESS_DENIED, "family:" + familyId, what);
        throw new AccessDeniedException("no " + what + " access to family " + familyId);
    }
}

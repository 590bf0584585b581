package org.familyvoice.families;

import org.familyvoice.accounts.AccountService;
import org.familyvoice.accounts.FamilyAccountFactory;
import org.familyvoice.accounts.StaffAccount;
import org.familyvoice.base.FamilyId;
import org.familyvoice.base.Roles;
import org.familyvoice.base.StorableText;
import org.familyvoice.base.TeamId;
import org.familyvoice.base.UserFacingException;
import org.familyvoice.base.UserId;
import org.familyvoice.base.audit.AuditAction;
import org.familyvoice.base.audit.AuditLog;
import org.familyvoice.base.security.CurrentUser;
import org.familyvoice.base.security.FamilyVoiceUser;
import org.familyvoice.families.repository.FamilyRepository;
import org.familyvoice.families.repository.FamilyRow;
import org.familyvoice.families.repository.MemberRepository;
import org.familyvoice.families.repository.MemberRow;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.regex.Pattern;

/** Families (cases), their members and their allocation to practitioners. */
@Service
public class FamilyService {

    private static final Pattern CASE_REFERENCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9/-]{1,39}");

    private final FamilyRepository families;
    private final MemberRepository members;
    private final AccessPolicy policy;
    private final AccountService accounts;
    private final FamilyAccountFactory familyAccounts;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    FamilyService(FamilyRepository families, MemberRepository members, AccessPolicy policy, AccountService accounts,
                  FamilyAccountFactory familyAccounts, CurrentUser currentUser, AuditLog audit, Clock clock) {
        this.familyAccounts = familyAccounts;
        this.families = families;
        this.members = members;
        this.policy = policy;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** The families the caller works with, a page at a time: a practitioner's own first. */
    @PreAuthorize("hasAnyRole('PRACTITIONER', 'MANAGER')")
    @Transactional(readOnly = true)
    public List<Family> findFamilies(long offset, int limit) {
        FamilyVoiceUser me = currentUser.require();
        long team = requireTeam(me).value();
        List<FamilyRow> rows = me.hasRole(Roles.PRACTITIONER)
                ? families.findForPractitioner(me.id().value(), team, offset, limit)
                : families.findInTeam(team, offset, limit);
        audit.recordPageRead(AuditAction.FAMILIES_LISTED, "families", rows.stream().map(FamilyRow::id).toList(),
                rows.size());
        return toFamilies(me, rows);
    }

    @PreAuthorize("hasAnyRole('PRACTITIONER', 'MANAGER')")
    @Transactional(readOnly = true)
    public int countFamilies() {
        FamilyVoiceUser me = currentUser.require();
        long team = requireTeam(me).value();
        return me.hasRole(Roles.PRACTITIONER) ? families.countForPractitioner(me.id().value(), team)
                : families.countInTeam(team);
    }

    /** One family, if the caller may see it; {@link AccessDeniedException} otherwise (shown as "not found"). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Family getFamily(FamilyId id) {
        policy.requireRead(id);
        FamilyRow row = families.findById(id.value()).orElseThrow();
        audit.recordRead(id.value(), AuditAction.FAMILY_VIEWED, "family:" + id, null);
        return toFamilies(currentUser.require(), List.of(row)).getFirst();
    }

    /** The signed-in parent's, carer's or young person's own family. */
    @PreAuthorize("hasAnyRole('PARENT', 'YOUNG_PERSON')")
    @Transactional(readOnly = true)
    public Family myFamily() {
        return getFamily(Objects.requireNonNull(currentUser.require().familyId()));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<FamilyMember> members(FamilyId id) {
        policy.requireRead(id);
        audit.recordRead(id.value(), AuditAction.FAMILY_VIEWED, "family:" + id, "members");
        return members.findByFamilyIdOrderById(id.value()).stream().map(FamilyService::toMember).toList();
    }

    /**
     * Opens a family record in the caller's team. A practitioner allocates it to themselves; a manager to
     * any active practitioner of their team.
     */
    @PreAuthorize("hasAnyRole('PRACTITIONER', 'MANAGER')")
    @Transactional
    public FamilyId createFamily(String caseReference, String displayName, UserId practitionerId) {
        FamilyVoiceUser me = currentUser.require();
        TeamId team = requireTeam(me);
        String reference = caseReference == null ? "" : caseReference.strip().toUpperCase(java.util.Locale.ROOT);
        if (!CASE_REFERENCE.matcher(reference).matches()) {
            throw new UserFacingException("families.error.case-reference");
        }
        String name = requireText(displayName, 120, "families.error.name");
        checkPractitioner(me, team, practitionerId);
        if (families.existsByCaseReference(reference)) {
            throw new UserFacingException("families.error.case-reference-taken");
        }
        FamilyRow saved = families.save(new FamilyRow(null, reference, name, team.value(), practitionerId.value(),
                clock.instant(), null));
        audit.record(AuditAction.FAMILY_CREATED, "family:" + saved.id(), "allocated to user:" + practitionerId);
        return new FamilyId(saved.id());
    }

    /** Moves a family to another practitioner of the same team (managers). */
    @PreAuthorize("hasRole('MANAGER')")
    @Transactional
    public void allocate(FamilyId id, UserId practitionerId) {
        FamilyAccess access = policy.requireWrite(id);
        checkPractitioner(currentUser.require(), access.teamId(), practitionerId);
        FamilyRow row = families.findById(id.value()).orElseThrow();
        families.save(row.withAllocatedPractitioner(practitionerId.value()));
        audit.record(AuditAction.FAMILY_CHANGED, "family:" + id,
                "allocated user:" + row.allocatedPractitionerId() + " -> user:" + practitionerId);
    }

    @PreAuthorize("hasAnyRole('PRACTITIONER', 'MANAGER')")
    @Transactional
    public MemberId addMember(FamilyId id, String name, String relationship, MemberType type,
                              @Nullable LocalDate dateOfBirth) {
        policy.requireWrite(id);
        String cleanName = requireText(name, 120, "families.error.member-name");
        String cleanRelationship = requireText(relationship, 60, "families.error.relationship");
        Objects.requireNonNull(type, "type");
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        if (type == MemberType.YOUNG_PERSON && dateOfBirth == null) {
            throw new UserFacingException("families.error.dob-required");
        }
        if (dateOfBirth != null && (dateOfBirth.isAfter(today) || dateOfBirth.isBefore(today.minusYears(120)))) {
            throw new UserFacingException("families.error.dob-range");
        }
        MemberRow saved = members.save(new MemberRow(null, id.value(), cleanName, cleanRelationship, type.name(),
                dateOfBirth, null, clock.instant(), null));
        audit.record(AuditAction.FAMILY_MEMBER_ADDED, "family:" + id, "member:" + saved.id());
        return new MemberId(saved.id());
    }

    /**
     * A family member who has forgotten their password gets a one-time password from their worker (shown
     * once, to hand over in person or by phone); they choose their own at their next sign-in.
     */
    @PreAuthorize("hasAnyRole('PRACTITIONER', 'MANAGER')")
    @Transactional
    public AccountService.TemporaryCredentials resetMemberPassword(FamilyId id, MemberId memberId) {
        policy.requireWrite(id);
        MemberRow member = members.findById(memberId.value())
                .filter(m -> m.familyId() == id.value())
                .orElseThrow(() -> new NoSuchElementException("no such member in this family"));
        if (member.userId() == null) {
            throw new UserFacingException("families.error.no-account");
        }
        var credentials = familyAccounts.resetPassword(new UserId(member.userId()), id);
        audit.record(AuditAction.PASSWORD_RESET, "family:" + id, "member:" + memberId);
        return credentials;
    }

    /** Practitioners a family in the caller's team could be allocated to. */
    @PreAuthorize("hasAnyRole('PRACTITIONER', 'MANAGER')")
    @Transactional(readOnly = true)
    public List<StaffAccount> allocatablePractitioners() {
        FamilyVoiceUser me = currentUser.require();
        List<StaffAccount> all = accounts.activePractitioners(requireTeam(me));
        return me.hasRole(Roles.MANAGER) ? all : all.stream().filter(s -> s.id().equals(me.id())).toList();
    }

    private void checkPractitioner(FamilyVoiceUser me, TeamId team, UserId practitionerId) {
        if (me.hasRole(Roles.PRACTITIONER) && !me.id().equals(practitionerId)) {
            throw new UserFacingException("families.error.allocate-self");
        }
        boolean known = accounts.activePractitioners(team).stream().anyMatch(s -> s.id().equals(practitionerId));
        if (!known) {
            throw new UserFacingException("families.error.practitioner");
        }
    }

    private static TeamId requireTeam(FamilyVoiceUser me) {
        if (me.teamId() == null) {
            throw new AccessDeniedException("staff member without a team");
        }
        return me.teamId();
    }

    /**
     * Required single-line text, stripped, up to {@code max}; hidden control characters are refused with
     * {@code key + "-hidden"} (a NUL would otherwise reach PostgreSQL, which refuses it with an SQL error).
     */
    static String requireText(@Nullable String text, int max, String key) {
        String clean = text == null ? "" : text.strip();
        if (clean.isEmpty() || clean.length() > max) {
            throw new UserFacingException(key, max);
        }
        StorableText.require(clean, false, key + "-hidden");
        return clean;
    }

    private List<Family> toFamilies(FamilyVoiceUser me, List<FamilyRow> rows) {
        Map<TeamId, String> teamNames = accounts.teamNames();
        Map<UserId, String> names = accounts.staffNames(
                rows.stream().map(r -> new UserId(r.allocatedPractitionerId())).toList());
        return rows.stream().map(r -> {
            FamilyId id = new FamilyId(r.id());
            TeamId team = new TeamId(r.teamId());
            UserId allocated = new UserId(r.allocatedPractitionerId());
            boolean editable = AccessPolicy.decide(me, id, team, allocated) == FamilyAccess.Level.WRITE
                    && !Roles.isFamilyRole(me.role());
            return new Family(id, r.caseReference(), r.displayName(), team, teamNames.getOrDefault(team, ""),
                    allocated, names.getOrDefault(allocated, ""), editable);
        }).toList();
    }

    static FamilyMember toMember(MemberRow row) {
        return new FamilyMember(new MemberId(row.id()), new FamilyId(row.familyId()), row.name(), row.relationship(),
                MemberType.valueOf(row.memberType()), row.dateOfBirth(), row.userId() != null);
    }
}

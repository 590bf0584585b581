package org.familyvoice.families;

import org.familyvoice.accounts.FamilyAccountFactory;
import org.familyvoice.accounts.LoginThrottle;
import org.familyvoice.base.FamilyId;
import org.familyvoice.base.UserFacingException;
import org.familyvoice.base.UserId;
import org.familyvoice.base.audit.AuditAction;
import org.familyvoice.base.audit.AuditLog;
import org.familyvoice.base.security.CurrentUser;
import org.familyvoice.families.repository.InvitationRepository;
import org.familyvoice.families.repository.InvitationRow;
import org.familyvoice.families.repository.MemberRepository;
import org.familyvoice.families.repository.MemberRow;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One-time invitations that let a family member make their account. A code that is unknown, expired,
 * used or revoked is refused with one and the same message, and attempts are throttled per address.
 */
@Service
public class InvitationService {

    private final InvitationRepository invitations;
    private final MemberRepository members;
    private final AccessPolicy policy;
    private final FamilyAccountFactory accounts;
    private final LoginThrottle throttle;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final InvitationSettings settings;
    private final Clock clock;

    InvitationService(InvitationRepository invitations, MemberRepository members, AccessPolicy policy,
                      FamilyAccountFactory accounts, LoginThrottle throttle, CurrentUser currentUser, AuditLog audit,
                      InvitationSettings settings, Clock clock) {
        this.invitations = invitations;
        this.members = members;
        this.policy = policy;
        this.accounts = accounts;
        this.throttle = throttle;
        this.currentUser = currentUser;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    /** A new code for a member without an account; any earlier pending code for them stops working. */
    @PreAuthorize("hasAnyRole('PRACTITIONER', 'MANAGER')")
    @Transactional
    public NewInvitation invite(FamilyId familyId, MemberId memberId) {
        policy.requireWrite(familyId);
        MemberRow member = members.findById(memberId.value())
                .filter(m -> m.familyId() == familyId.value())
                .orElseThrow(() -> new NoSuchElementException("no such member in this family"));
        if (member.userId() != null) {
            throw new UserFacingException("invitations.error.has-account");
        }
        Instant now = clock.instant();
        invitations.findByFamilyMemberId(memberId.value()).stream()
                .filter(i -> i.usableAt(now))
                .forEach(i -> invitations.save(i.revoked(now)));
        String code = InvitationCodes.generate();
        InvitationRow saved = invitations.save(new InvitationRow(null, familyId.value(), memberId.value(),
                InvitationCodes.hash(code), currentUser.require().id().value(), now, now.plus(settings.validFor()),
                null, null, null));
        audit.record(AuditAction.INVITATION_CREATED, "family:" + familyId, "member:" + memberId);
        String link = settings.publicUrl().replaceAll("/+$", "") + "/join?code="
                + URLEncoder.encode(code, StandardCharsets.UTF_8);
        return new NewInvitation(new InvitationId(saved.id()), code, link, saved.expiresAt());
    }

    @PreAuthorize("hasAnyRole('PRACTITIONER', 'MANAGER')")
    @Transactional(readOnly = true)
    public List<Invitation> invitations(FamilyId familyId) {
        policy.requireWrite(familyId);
        Instant now = clock.instant();
        Map<Long, String> names = members.findByFamilyIdOrderById(familyId.value()).stream()
                .collect(Collectors.toMap(MemberRow::id, MemberRow::name));
        return invitations.findByFamilyIdOrderByIdDesc(familyId.value()).stream()
                .map(row -> toInvitation(row, now, names::get)).toList();
    }

    @PreAuthorize("hasAnyRole('PRACTITIONER', 'MANAGER')")
    @Transactional
    public void revoke(FamilyId familyId, InvitationId invitationId) {
        policy.requireWrite(familyId);
        InvitationRow row = invitations.findById(invitationId.value())
                .filter(i -> i.familyId() == familyId.value())
                .orElseThrow(() -> new NoSuchElementException("no such invitation in this family"));
        if (row.usableAt(clock.instant())) {
            invitations.save(row.revoked(clock.instant()));
            audit.record(AuditAction.INVITATION_REVOKED, "family:" + familyId, "invitation:" + invitationId);
        }
    }

    /**
     * The name of the member a valid code was made for, to greet them; empty for any code that cannot be
     * used. Counts towards the per-address limit like a redemption.
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public Optional<String> greet(String code) {
        return usable(code).flatMap(i -> members.findById(i.familyMemberId())).map(MemberRow::name);
    }

    /** Makes the member's account from a valid code, a username and a password. Anyone may call this. */
    @PreAuthorize("permitAll()")
    @Transactional
    public UserId redeem(String code, String username, String password) {
        InvitationRow invitation = usable(code)
                .orElseThrow(() -> new UserFacingException("invitations.error.invalid"));
        MemberRow member = members.findById(invitation.familyMemberId()).orElseThrow();
        if (member.userId() != null) {
            throw new UserFacingException("invitations.error.invalid");
        }
        MemberType type = MemberType.valueOf(member.memberType());
        UserId user = accounts.create(username, password, member.name(), type.role(),
                new FamilyId(member.familyId()), member.id());
        members.save(member.withUserId(user.value()));
        invitations.save(invitation.redeemed(clock.instant()));
        audit.recordAs(username.strip().toLowerCase(java.util.Locale.ROOT), AuditAction.INVITATION_REDEEMED,
                "family:" + member.familyId(), "member:" + member.id());
        return user;
    }

    private Optional<InvitationRow> usable(String code) {
        String addressKey = "invitation-" + LoginThrottle.addressKey(AuditLog.clientAddress());
        if (throttle.blockedUntil(addressKey).isPresent()) {
            throw new UserFacingException("invitations.error.too-many");
        }
        String normalised = InvitationCodes.normalise(code);
        Optional<InvitationRow> found = normalised.isEmpty() ? Optional.empty()
                : invitations.findByCodeHash(InvitationCodes.hash(normalised)).filter(i -> i.usableAt(clock.instant()));
        if (found.isEmpty()) {
            throttle.addressFailed(addressKey);
            audit.recordSecurityEvent(null, AuditAction.INVITATION_REJECTED, null, null);
        }
        return found;
    }

    private static Invitation toInvitation(InvitationRow row, Instant now, Function<Long, String> names) {
        Invitation.Status status = row.redeemedAt() != null ? Invitation.Status.REDEEMED
                : row.revokedAt() != null ? Invitation.Status.REVOKED
                : now.isBefore(row.expiresAt()) ? Invitation.Status.PENDING : Invitation.Status.EXPIRED;
        return new Invitation(new InvitationId(row.id()), new MemberId(row.familyMemberId()),
                String.valueOf(names.apply(row.familyMemberId())), row.createdAt(), row.expiresAt(), status);
    }
}

package org.familyvoice.accounts;

import org.familyvoice.accounts.repository.UserRepository;
import org.familyvoice.accounts.repository.UserRow;
import org.familyvoice.base.ReadableCodes;
import org.familyvoice.base.Roles;
import org.familyvoice.base.UserFacingException;
import org.familyvoice.base.UserId;
import org.familyvoice.base.audit.AuditAction;
import org.familyvoice.base.audit.AuditLog;
import org.familyvoice.base.security.AccountSessionsEnded;
import org.familyvoice.base.security.CurrentUser;
import org.familyvoice.base.security.FamilyVoiceUser;
import org.familyvoice.base.security.SecondFactorPending;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Two-step sign-in for staff with an authenticator app (docs/security/mfa.md): setting it up, the second step at
 * sign-in (a code or a one-use recovery code), and an administrator's reset. Managers and administrators must have
 * it; practitioners may. Wrong codes are throttled like passwords, a code is accepted once only, and every event is
 * audited.
 */
@Service
public class MfaService {

    /** Recovery codes given at enrolment. */
    public static final int RECOVERY_CODES = 10;
    /** Who may set up two-step sign-in, or be in the middle of it. */
    private static final String STAFF_OR_PENDING =
            "hasAnyRole('PRACTITIONER', 'MANAGER', 'ADMIN') or hasAuthority('" + SecondFactorPending.AUTHORITY + "')";

    /** A new secret to show the person (as a QR code and as text) until they confirm it with a code. */
    public record Enrolment(String secret, String otpauthUri) {
        @Override
        public String toString() {
            return "Enrolment[secret hidden]";
        }
    }

    private final MfaStore store;
    private final MfaSecrets secrets;
    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final LoginThrottle throttle;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final Set<String> requiredRoles;
    private final String issuer;

    MfaService(MfaStore store, MfaSecrets secrets, UserRepository users, PasswordEncoder encoder,
               LoginThrottle throttle, CurrentUser currentUser, AuditLog audit, Clock clock,
               ApplicationEventPublisher events,
               @Value("${familyvoice.mfa.required-roles:MANAGER,ADMIN}") Set<String> requiredRoles,
               @Value("${familyvoice.mfa.issuer:Family Voice}") String issuer) {
        this.store = store;
        this.secrets = secrets;
        this.users = users;
        this.encoder = encoder;
        this.throttle = throttle;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
        this.requiredRoles = Set.copyOf(requiredRoles);
        this.issuer = issuer;
        if (!Roles.STAFF.containsAll(this.requiredRoles)) {
            throw new IllegalArgumentException("familyvoice.mfa.required-roles: staff roles only");
        }
    }

    /**
     * After a right password: a member of staff with an authenticator must still give a code, and one whose role
     * requires it but who has none must set one up; everyone else is signed in as before.
     */
    Authentication afterPassword(Authentication signedIn) {
        if (!(signedIn.getPrincipal() instanceof FamilyVoiceUser user) || !Roles.STAFF.contains(user.role())) {
            return signedIn;
        }
        SecondFactorPending.Step step;
        if (store.exists(user.id().value())) {
            step = SecondFactorPending.Step.VERIFY;
        } else if (requiredRoles.contains(user.role())) {
            step = SecondFactorPending.Step.ENROL;
        } else {
            return signedIn;
        }
        var pending = new SecondFactorPending(user, step);
        pending.setDetails(signedIn.getDetails());
        return pending;
    }

    /** Whether the caller has set up an authenticator app. */
    @PreAuthorize(STAFF_OR_PENDING)
    @Transactional(readOnly = true)
    public boolean isEnrolled() {
        return store.exists(me().id().value());
    }

    /** Whether the caller's role requires two-step sign-in. */
    @PreAuthorize(STAFF_OR_PENDING)
    public boolean isRequired() {
        return requiredRoles.contains(me().role());
    }

    /** How many unused recovery codes the caller has left. */
    @PreAuthorize(STAFF_OR_PENDING)
    @Transactional(readOnly = true)
    public int recoveryCodesLeft() {
        return store.unusedRecoveryCodeCount(me().id().value());
    }

    /** A new secret for the caller to add to their app; nothing is stored until {@link #confirmEnrolment}. */
    @PreAuthorize(STAFF_OR_PENDING)
    @Transactional(readOnly = true)
    public Enrolment startEnrolment() {
        FamilyVoiceUser me = me();
        if (store.exists(me.id().value())) {
            throw new UserFacingException("mfa.error.already-enrolled");
        }
        String secret = Totp.newSecret();
        return new Enrolment(secret, Totp.otpauthUri(issuer, me.getUsername(), secret));
    }

    /**
     * Stores the secret once the caller shows a code from their app, and returns the recovery codes, shown once and
     * kept only as hashes. A manager or administrator setting up during sign-in is then signed in.
     */
    @PreAuthorize(STAFF_OR_PENDING)
    @Transactional
    public List<String> confirmEnrolment(Enrolment enrolment, String code) {
        FamilyVoiceUser me = me();
        var pending = currentUser.pendingSecondFactor();
        if (pending.isPresent() && pending.get().step() != SecondFactorPending.Step.ENROL) {
            throw new AccessDeniedException("give a code first");
        }
        String key = throttleKey(me);
        refuseWhileThrottled(me, key);
        if (store.exists(me.id().value())) {
            throw new UserFacingException("mfa.error.already-enrolled");
        }
        Instant now = clock.instant();
        OptionalLong step = Totp.matchingStep(enrolment.secret(), code == null ? "" : code, now, Long.MIN_VALUE);
        if (step.isEmpty()) {
            failed(me, key, "while setting up");
            throw new UserFacingException("mfa.error.wrong-code");
        }
        store.insert(me.id().value(), secrets.seal(enrolment.secret()), now, step.getAsLong());
        List<String> codes = newRecoveryCodes(me.id());
        throttle.succeeded(key);
        audit.recordAs(me.getUsername(), AuditAction.MFA_ENROLLED, "user:" + me.getUsername(),
                RECOVERY_CODES + " recovery codes");
        pending.ifPresent(p -> currentUser.secondFactorPassed(p, now));
        return codes;
    }

    /**
     * The second step of a sign-in: a code from the app (each accepted once only) or one of the recovery codes
     * (each usable once). On success the sign-in is complete; otherwise the failure counts towards the throttle.
     */
    @PreAuthorize("hasAuthority('" + SecondFactorPending.AUTHORITY + "')")
    @Transactional
    public void verify(String code) {
        SecondFactorPending pending = currentUser.pendingSecondFactor()
                .filter(p -> p.step() == SecondFactorPending.Step.VERIFY)
                .orElseThrow(() -> new AccessDeniedException("no code expected"));
        FamilyVoiceUser me = pending.user();
        String key = throttleKey(me);
        refuseWhileThrottled(me, key);
        String typed = code == null ? "" : code.strip();
        Instant now = clock.instant();
        var enrolled = store.find(me.id().value()).orElseThrow(() -> new AccessDeniedException("not enrolled"));
        AppCode checked = appCode(me, enrolled, typed, now);
        if (checked == AppCode.ACCEPTED) {
            throttle.succeeded(key);
            audit.recordSecurityEvent(me.getUsername(), AuditAction.MFA_VERIFIED, "user:" + me.getUsername(), null);
            currentUser.secondFactorPassed(pending, now);
            return;
        }
        if (checked == AppCode.ALREADY_USED) {
            failed(me, key, "code already used");
            throw new UserFacingException("mfa.error.code-used");
        }
        if (useRecoveryCode(me, typed, now)) {
            throttle.succeeded(key);
            currentUser.secondFactorPassed(pending, now);
            return;
        }
        failed(me, key, null);
        throw new UserFacingException("mfa.error.wrong-code");
    }

    /**
     * New recovery codes for the signed-in member of staff, replacing all their old ones (used or not), e.g. when
     * few are left or the printed list is lost. Asked with a code from the app, so a session left open on a shared
     * computer is not enough; the new codes are shown once and kept only as hashes.
     */
    @PreAuthorize("hasAnyRole('PRACTITIONER', 'MANAGER', 'ADMIN')")
    @Transactional
    public List<String> replaceRecoveryCodes(String code) {
        FamilyVoiceUser me = signedInStaff();
        requireAppCode(me, code, "new recovery codes");
        store.deleteRecoveryCodes(me.id().value());
        List<String> codes = newRecoveryCodes(me.id());
        audit.record(AuditAction.MFA_RECOVERY_CODES_REPLACED, "user:" + me.getUsername(),
                RECOVERY_CODES + " recovery codes");
        return codes;
    }

    /**
     * Turns two-step sign-in off for the signed-in member of staff, whose role does not require it, with a code from
     * the app. Their authenticator key and recovery codes are deleted.
     */
    @PreAuthorize("hasAnyRole('PRACTITIONER', 'MANAGER', 'ADMIN')")
    @Transactional
    public void turnOff(String code) {
        FamilyVoiceUser me = signedInStaff();
        if (requiredRoles.contains(me.role())) {
            throw new UserFacingException("mfa.error.required");
        }
        requireAppCode(me, code, "turning off");
        store.delete(me.id().value());
        audit.record(AuditAction.MFA_TURNED_OFF, "user:" + me.getUsername(), null);
    }

    /** Whether a member of staff has set up two-step sign-in (administrators, for the staff accounts page). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public boolean isEnrolled(UserId staffId) {
        return store.exists(staff(staffId).id());
    }

    /**
     * An administrator removes a member of staff's authenticator and recovery codes, e.g. after a lost phone. Their
     * sessions end; at the next sign-in a manager or administrator must set up again, a practitioner may.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void reset(UserId staffId) {
        UserRow row = staff(staffId);
        if (currentUser.require().id().equals(staffId)) {
            throw new UserFacingException("accounts.error.not-yourself");
        }
        if (store.delete(row.id())) {
            audit.record(AuditAction.MFA_RESET, "user:" + row.username(), null);
            events.publishEvent(new AccountSessionsEnded(staffId));
        }
    }

    private enum AppCode { ACCEPTED, ALREADY_USED, WRONG }

    /** A code from the app: accepted once only (the step is marked used, so two nodes cannot both take it). */
    private AppCode appCode(FamilyVoiceUser me, MfaStore.Enrolled enrolled, String typed, Instant now) {
        String secret = secrets.open(enrolled.sealedSecret());
        OptionalLong step = Totp.matchingStep(secret, typed, now, enrolled.lastUsedStep());
        if (step.isPresent() && store.useStep(me.id().value(), step.getAsLong())) {
            return AppCode.ACCEPTED;
        }
        if (step.isEmpty() && Totp.matchingStep(secret, typed, now, Long.MIN_VALUE).isPresent()) {
            return AppCode.ALREADY_USED;
        }
        return AppCode.WRONG;
    }

    /** A change to the caller's own second factor needs a fresh code from the app; wrong codes count as failures. */
    private void requireAppCode(FamilyVoiceUser me, @Nullable String code, String what) {
        String key = throttleKey(me);
        refuseWhileThrottled(me, key);
        var enrolled = store.find(me.id().value())
                .orElseThrow(() -> new UserFacingException("mfa.error.not-enrolled"));
        AppCode checked = appCode(me, enrolled, code == null ? "" : code.strip(), clock.instant());
        if (checked == AppCode.ACCEPTED) {
            throttle.succeeded(key);
            return;
        }
        failed(me, key, checked == AppCode.ALREADY_USED ? "code already used, " + what : what);
        throw new UserFacingException(checked == AppCode.ALREADY_USED ? "mfa.error.code-used" : "mfa.error.wrong-code");
    }

    /** The caller, fully signed in as staff (not between the password and the second step). */
    private FamilyVoiceUser signedInStaff() {
        if (currentUser.pendingSecondFactor().isPresent()) {
            throw new AccessDeniedException("sign-in not complete");
        }
        return me();
    }

    private boolean useRecoveryCode(FamilyVoiceUser me, String typed, Instant now) {
        String normalised = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (normalised.length() != 8 || !normalised.chars().allMatch(c -> ReadableCodes.ALPHABET.indexOf(c) >= 0)) {
            return false;
        }
        String candidate = normalised.substring(0, 4) + "-" + normalised.substring(4);
        for (var stored : store.unusedRecoveryCodes(me.id().value())) {
            if (encoder.matches(candidate, stored.hash()) && store.useRecoveryCode(stored.id(), now)) {
                int left = store.unusedRecoveryCodeCount(me.id().value());
                audit.recordSecurityEvent(me.getUsername(), AuditAction.MFA_RECOVERY_CODE_USED,
                        "user:" + me.getUsername(), left + " left");
                return true;
            }
        }
        return false;
    }

    private List<String> newRecoveryCodes(UserId id) {
        List<String> codes = new ArrayList<>();
        List<String> hashes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            String code = ReadableCodes.random(8);
            codes.add(code);
            hashes.add(encoder.encode(code));
        }
        store.addRecoveryCodes(id.value(), hashes);
        return List.copyOf(codes);
    }

    private void refuseWhileThrottled(FamilyVoiceUser me, String key) {
        if (throttle.blockedUntil(key).isPresent()) {
            audit.recordSecurityEvent(me.getUsername(), AuditAction.MFA_THROTTLED, "user:" + me.getUsername(), null);
            throw new UserFacingException("mfa.error.throttled");
        }
    }

    private void failed(FamilyVoiceUser me, String key, String details) {
        throttle.userFailed(key, me.getUsername());
        audit.recordSecurityEvent(me.getUsername(), AuditAction.MFA_FAILED, "user:" + me.getUsername(), details);
    }

    private static String throttleKey(FamilyVoiceUser me) {
        return "mfa:" + me.id().value();
    }

    /** The caller: fully signed-in staff, or staff between the password and the second step. */
    private FamilyVoiceUser me() {
        var pending = currentUser.pendingSecondFactor();
        if (pending.isPresent()) {
            return pending.get().user();
        }
        FamilyVoiceUser me = currentUser.require();
        if (!Roles.STAFF.contains(me.role())) {
            throw new AccessDeniedException("staff only");
        }
        return me;
    }

    private UserRow staff(UserId id) {
        return users.findById(id.value()).filter(r -> Roles.STAFF.contains(r.role()))
                .orElseThrow(() -> new NoSuchElementException("no such staff account"));
    }
}

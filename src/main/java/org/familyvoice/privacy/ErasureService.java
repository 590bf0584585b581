package org.familyvoice.privacy;

import org.familyvoice.base.UserFacingException;
import org.familyvoice.base.UserId;
import org.familyvoice.base.audit.AuditAction;
import org.familyvoice.base.audit.AuditLog;
import org.familyvoice.base.audit.AuditPseudonym;
import org.familyvoice.base.security.CurrentUser;
import org.familyvoice.families.MemberId;
import org.familyvoice.privacy.repository.PrivacyStore;
import org.familyvoice.privacy.repository.PrivacyStore.Member;
import org.familyvoice.privacy.repository.PrivacyStore.Person;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Erasure of one person on request (UK GDPR article 17), by an administrator. Everything that identifies the person
 * goes: their names, username, e-mail address, contact details, their own words, and their name inside other people's
 * words in their family's records; what is counted stays counted (feedback forms, meetings, checks, themed items,
 * rollups), with the links to the person cut or pointing at a tombstone account {@code erased-<id>}. The audit trail
 * records the erasure by ids only; it already names accounts by id, so nothing in it needs to change (it cannot:
 * it is append-only). docs/security/retention-and-erasure.md has the table-by-table decisions.
 */
@Service
public class ErasureService {

    private final PrivacyStore store;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    ErasureService(PrivacyStore store, AuditLog audit, CurrentUser currentUser, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The account with that username, for the administrator to confirm before erasing. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Optional<ErasureCandidate> findAccount(String username) {
        if (username.isBlank() || username.length() > 60) {
            return Optional.empty();
        }
        return store.userIdOf(username).flatMap(store::person).map(p -> new ErasureCandidate(p.id(), p.username(),
                p.displayName(), p.role(), p.familyId() == null ? null : store.caseReference(p.familyId()).orElse(null),
                p.erasedAt() != null));
    }

    /** Erases the person who holds this account: a family member (with their family record) or a member of staff. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public ErasureReport eraseAccount(UserId user) {
        Person person = store.person(user.value()).orElseThrow(() -> new UserFacingException("erasure.not-found"));
        if (person.erasedAt() != null) {
            throw refused(person.id(), "erasure.refused.already");
        }
        if (currentUser.require().id().value() == person.id()) {
            throw refused(person.id(), "erasure.refused.self");
        }
        if (person.family()) {
            Member member = store.memberOfAccount(person.id()).orElse(null);
            return eraseFamilyPerson(person, member);
        }
        return eraseStaff(person);
    }

    /** At most this many family members are listed for one search; a longer name narrows it. */
    public static final int MEMBERS_LISTED = 20;

    /**
     * Family members without an account (a parent invited by name only, a child) whose name contains the text, at
     * least 2 characters; at most {@value #MEMBERS_LISTED}. Each search is audited as a people search.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<PrivacyStore.MemberWithoutAccount> findMembersWithoutAccount(String name) {
        String t = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        if (t.length() < 2 || t.length() > 120) {
            return List.of();
        }
        String pattern = "%" + t.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        var found = store.membersWithoutAccount(pattern, MEMBERS_LISTED);
        audit.recordPageRead(AuditAction.PEOPLE_SEARCHED, "family-members",
                found.stream().map(m -> (Long) m.familyId()).distinct().toList(), found.size());
        return found;
    }

    /** Erases a family member, with their account if they have one (e.g. a parent invited to meetings by name only). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public ErasureReport eraseFamilyMember(MemberId memberId) {
        Member member = store.member(memberId.value()).orElseThrow(() -> new UserFacingException("erasure.not-found"));
        if (member.userId() != null) {
            return eraseAccount(new UserId(member.userId()));
        }
        if (PrivacyStore.ERASED_MEMBER.equals(member.name())) {
            throw refused(null, "erasure.refused.already");
        }
        return eraseFamilyPerson(null, member);
    }

    private ErasureReport eraseFamilyPerson(@Nullable Person person, @Nullable Member member) {
        Instant now = clock.instant();
        long familyId = person != null && person.familyId() != null ? person.familyId()
                : java.util.Objects.requireNonNull(member).familyId();
        Map<String, Integer> changes = new LinkedHashMap<>();
        int olderAuditRows = 0;
        if (person != null) {
            if (store.openAlertsBy(person.id()) > 0) {
                throw refused(person.id(), "erasure.refused.open-alerts");
            }
            List<Long> feedback = store.feedbackBy(person.id());
            feedback.forEach(id -> store.anonymiseFeedback(id, now));
            changes.put("feedback anonymised", feedback.size());
            changes.put("agenda items cleared", store.clearContributionsBy(person.id()));
            changes.put("check comments cleared", store.clearCheckCommentsBy(person.id()));
            changes.put("themed items cleared", store.clearVoiceItemsBy(person.id()));
            changes.put("alerts anonymised", store.clearAlertsBy(person.id()));
            changes.put("notifications deleted", store.deleteNotificationsOf(person.id()));
            changes.put("e-mails deleted", store.deleteEmailsOf(person.id(), person.email()));
            changes.put("sign-in counters deleted", store.deleteThrottleOf(person.username()));
            olderAuditRows = store.auditRowsNaming(person.username());
        }
        if (member != null) {
            changes.put("invitations deleted", store.deleteInvitationsOf(member.id()));
        }
        changes.put("names removed from texts", store.removeNames(familyId, words(person, member)));
        if (member != null) {
            store.anonymiseMember(member.id());
        }
        if (person != null) {
            store.tombstoneAccount(person.id(), PrivacyStore.ERASED_MEMBER, now);
        }
        var report = new ErasureReport(person == null ? null : person.id(), member == null ? null : member.id(),
                familyId, changes, olderAuditRows);
        audit.recordFor(familyId, AuditAction.PERSON_ERASED,
                person == null ? "member:" + member.id() : AuditPseudonym.of(person.id()), report.summary());
        return report;
    }

    private ErasureReport eraseStaff(Person person) {
        if (store.familiesAllocatedTo(person.id()) > 0) {
            throw refused(person.id(), "erasure.refused.allocated");
        }
        if ("ADMIN".equals(person.role()) && store.activeAdminsOtherThan(person.id()) == 0) {
            throw refused(person.id(), "erasure.refused.last-admin");
        }
        Map<String, Integer> changes = new LinkedHashMap<>();
        changes.put("staff name replaced", store.replaceStaffName(person.id(), person.displayName()));
        changes.put("notifications deleted", store.deleteNotificationsOf(person.id()));
        changes.put("e-mails deleted", store.deleteEmailsOf(person.id(), person.email()));
        changes.put("sign-in counters deleted", store.deleteThrottleOf(person.username()));
        changes.put("two-step sign-in keys and codes deleted", store.deleteTwoStepOf(person.id()));
        int olderAuditRows = store.auditRowsNaming(person.username());
        store.tombstoneAccount(person.id(), PrivacyStore.FORMER_STAFF, clock.instant());
        var report = new ErasureReport(person.id(), null, null, changes, olderAuditRows);
        audit.record(AuditAction.PERSON_ERASED, AuditPseudonym.of(person.id()), report.summary());
        return report;
    }

    /** The person's names, whole and word by word (3 letters or more), their username and e-mail address. */
    static List<String> words(@Nullable Person person, @Nullable Member member) {
        Set<String> words = new LinkedHashSet<>();
        for (String name : new String[]{person == null ? null : person.displayName(), member == null ? null : member.name()}) {
            if (name == null || name.isBlank()) {
                continue;
            }
            words.add(name.strip());
            for (String part : name.split("[^\\p{L}\\p{N}'’-]+")) {
                if (part.codePointCount(0, part.length()) >= 3) {
                    words.add(part);
                }
            }
        }
        if (person != null) {
            words.add(person.username());
            if (person.email() != null) {
                words.add(person.email());
            }
        }
        return words.stream().map(w -> w.toLowerCase(Locale.ROOT)).distinct().toList();
    }

    private UserFacingException refused(@Nullable Long userId, String key) {
        audit.recordSecurityEvent(null, AuditAction.ERASURE_REFUSED,
                userId == null ? null : AuditPseudonym.of(userId), key);
        return new UserFacingException(key);
    }
}

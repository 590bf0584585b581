package org.familyvoice.feedback;

import org.familyvoice.base.FamilyId;
import org.familyvoice.base.RateLimiter;
import org.familyvoice.base.Roles;
import org.familyvoice.base.StorableText;
import org.familyvoice.base.TeamId;
import org.familyvoice.base.UserFacingException;
import org.familyvoice.base.UserId;
import org.familyvoice.base.audit.AuditAction;
import org.familyvoice.base.audit.AuditLog;
import org.familyvoice.base.security.CurrentUser;
import org.familyvoice.base.security.FamilyVoiceUser;
import org.familyvoice.families.Family;
import org.familyvoice.families.FamilyService;
import org.familyvoice.feedback.repository.FeedbackRepository;
import org.familyvoice.feedback.repository.FeedbackRow;
import org.familyvoice.feedback.repository.ReplyRepository;
import org.familyvoice.feedback.repository.ReplyRow;
import org.familyvoice.notifications.NotificationService;
import org.familyvoice.privacy.ConsentOrigin;
import org.familyvoice.privacy.ConsentPurpose;
import org.familyvoice.privacy.ConsentRecords;
import org.familyvoice.privacy.ConsentWording;
import org.familyvoice.themes.SaidText;
import org.familyvoice.themes.VoiceOrigin;
import org.familyvoice.themes.VoiceRecorder;
import org.familyvoice.themes.VoiceSource;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Feedback from families: given signed in or anonymously, screened for possible disclosures as it is saved,
 * seen by the staff it concerns, read and replied to. Who sees what:
 * <ul>
 *   <li>a parent, carer or young person: what they gave themselves, with its replies;</li>
 *   <li>a practitioner: feedback about them and about the families allocated to them;</li>
 *   <li>a manager: feedback for their team, and anonymous feedback that names no team;</li>
 *   <li>an administrator: none.</li>
 * </ul>
 * Feedback someone may not see and feedback that does not exist look the same.
 */
@Service
public class FeedbackService {

    public static final int MAX_TEXT = 4000;
    public static final int MAX_DETAIL = 200;
    public static final int MAX_CONTACT = 200;

    private final FeedbackRepository feedback;
    private final ReplyRepository replies;
    private final FamilyService families;
    private final SafeguardingService safeguarding;
    private final NotificationService notifications;
    private final ResponseDeadlines deadlines;
    private final FeedbackSettings settings;
    private final RateLimiter rateLimiter;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final ZoneId zone;
    private final VoiceRecorder voices;
    private final ConsentRecords consents;

    FeedbackService(FeedbackRepository feedback, ReplyRepository replies, FamilyService families,
                    SafeguardingService safeguarding, NotificationService notifications, ResponseDeadlines deadlines,
                    FeedbackSettings settings, SafeguardingSettings safeguardingSettings, RateLimiter rateLimiter,
                    CurrentUser currentUser, AuditLog audit, JdbcClient jdbc, Clock clock,
                    PlatformTransactionManager transactionManager, VoiceRecorder voices, ConsentRecords consents) {
        this.feedback = feedback;
        this.consents = consents;
        this.voices = voices;
        this.replies = replies;
        this.families = families;
        this.safeguarding = safeguarding;
        this.notifications = notifications;
        this.deadlines = deadlines;
        this.settings = settings;
        this.rateLimiter = rateLimiter;
        this.currentUser = currentUser;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactionManager);
        this.zone = safeguardingSettings.zone();
    }

    /**
     * A signed-in parent, carer or young person gives feedback about their family's service. Sending the same
     * form again (a double click, a retry after a lost connection) returns the first receipt and stores nothing.
     */
    @PreAuthorize("hasAnyRole('PARENT', 'YOUNG_PERSON')")
    public Receipt give(FeedbackForm form) {
        FamilyVoiceUser me = currentUser.require();
        Family family = families.myFamily();
        FeedbackSource source = me.hasRole(Roles.YOUNG_PERSON) ? FeedbackSource.YOUNG_PERSON : FeedbackSource.PARENT;
        String label = me.displayName() + " (" + (source == FeedbackSource.YOUNG_PERSON ? "young person" : "parent or carer") + ")";
        return store(form, source, family.id(), family.teamId(), family.allocatedPractitionerId(), me.id(),
                me.displayName(), label, null);
    }

    /**
     * Anyone, without an account, gives feedback. Limited per client address; the team is optional and, if
     * given, must exist; a reply needs a way to contact them.
     */
    @PreAuthorize("permitAll()")
    public Receipt giveAnonymously(FeedbackForm form, @Nullable String clientAddress) {
        String contact = blankToNull(form.contactDetails());
        if (contact != null && contact.length() > MAX_CONTACT) {
            throw new UserFacingException("feedback.error.contact-too-long", MAX_CONTACT);
        }
        if (contact != null) {
            requireStorable(contact, "contact");
        }
        if (form.mayContact() && contact == null) {
            throw new UserFacingException("feedback.error.contact-needed");
        }
        TeamId team = form.teamId();
        if (team != null && jdbc.sql("select count(*) from team where id = :id").param("id", team.value())
                .query(Integer.class).single() == 0) {
            throw new UserFacingException("feedback.error.no-such-team");
        }
        String key = "anonymous-feedback:" + (clientAddress == null ? "unknown" : clientAddress);
        return store(form, FeedbackSource.ANONYMOUS, null, team, null, null, null, "anonymous",
                () -> {
                    if (!rateLimiter.tryHit(key, settings.anonymousLimit(), settings.anonymousWindow())) {
                        throw new UserFacingException("feedback.error.too-many", settings.anonymousWindow().toMinutes());
                    }
                });
    }

    private Receipt store(FeedbackForm form, FeedbackSource source, @Nullable FamilyId familyId, @Nullable TeamId teamId,
                          @Nullable UserId practitionerId, @Nullable UserId author, @Nullable String authorName,
                          String authorLabel, @Nullable Runnable limit) {
        Validated v = validate(form);
        try {
            return Objects.requireNonNull(tx.execute(status -> {
                var existing = feedback.findBySubmissionKey(form.submissionKey());
                if (existing.isPresent()) {
                    return receiptFor(existing.get(), author);
                }
                Instant now = clock.instant();
                Instant replyBy = form.mayContact() ? deadlines.afterWorkingDays(now, settings.replyWithinWorkingDays()) : null;
                FeedbackRow row = feedback.save(new FeedbackRow(null, newReference(), form.submissionKey(), source.name(),
                        form.about().name(), v.detail(), familyId == null ? null : familyId.value(),
                        teamId == null ? null : teamId.value(), practitionerId == null ? null : practitionerId.value(),
                        author == null ? null : author.value(), authorName, form.listened(), form.understood(),
                        form.respected(), v.wentWell(), v.couldBeBetter(), form.mayContact(), form.mayUseWords(),
                        source == FeedbackSource.ANONYMOUS ? blankToNull(form.contactDetails()) : null, false,
                        FeedbackStatus.RECEIVED.name(), now, replyBy, null, null, null));
                recordConsents(Objects.requireNonNull(row.id()), source, author, form);
                voices.countFeedbackForm(now, teamId, VoiceSource.valueOf(source.name()), form.listened(),
                        form.understood(), form.respected());
                String words = wordsForThemes(v);
                if (form.mayUseWords() && !words.isEmpty()) {
                    voices.record(new SaidText(VoiceOrigin.FEEDBACK, Objects.requireNonNull(row.id()), familyId, teamId,
                            VoiceSource.valueOf(source.name()), null,
                            author == null ? "anonymous:" + row.reference() : "user:" + author.value(), author,
                            form.mayContact(), now, words, authorName == null ? List.of() : List.of(authorName)));
                }
                String text = textToScreen(v);
                if (!text.isEmpty()) {
                    Screening screening = safeguarding.screenAndRaise(new TextToScreen("feedback", row.id(), familyId,
                            teamId, author, authorLabel, text));
                    if (screening.flagged()) {
                        row = feedback.save(row.withFlagged(true));
                    }
                }
                if (limit != null) {
                    // last, just before the commit: the limit's row is locked from here to the commit, so forms from
                    // one address (a family centre's shared connection) wait on each other only that long
                    limit.run();
                }
                return new Receipt(new FeedbackId(Objects.requireNonNull(row.id())), row.reference(), row.flagged(),
                        row.replyExpectedBy());
            }));
        } catch (DuplicateKeyException sameFormTwiceAtOnce) {
            // The same form arrived twice at the same moment and the other copy won: show its receipt.
            return Objects.requireNonNull(tx.execute(status -> feedback.findBySubmissionKey(form.submissionKey())
                    .map(r -> receiptFor(r, author)).orElseThrow(() -> sameFormTwiceAtOnce)));
        }
    }

    /** The two choices on the form, with the wording this person was shown (the form words it by who they are). */
    private void recordConsents(long id, FeedbackSource source, @Nullable UserId author, FeedbackForm form) {
        boolean young = source == FeedbackSource.YOUNG_PERSON;
        consents.record(author, ConsentOrigin.FEEDBACK, id, ConsentPurpose.IMPROVEMENT_USE, form.mayUseWords(),
                young ? ConsentWording.FEEDBACK_WORDS_YOUNG : ConsentWording.FEEDBACK_WORDS_ADULT);
        consents.record(author, ConsentOrigin.FEEDBACK, id, ConsentPurpose.CONTACT, form.mayContact(),
                source == FeedbackSource.ANONYMOUS ? ConsentWording.FEEDBACK_CONTACT_ANONYMOUS
                        : young ? ConsentWording.FEEDBACK_CONTACT_YOUNG : ConsentWording.FEEDBACK_CONTACT_ADULT);
    }

    private static Receipt receiptFor(FeedbackRow row, @Nullable UserId author) {
        Long rowAuthor = row.authorUserId();
        if (!Objects.equals(rowAuthor, author == null ? null : author.value())) {
            throw new UserFacingException("feedback.error.stale-form");
        }
        return new Receipt(new FeedbackId(Objects.requireNonNull(row.id())), row.reference(), row.flagged(),
                row.replyExpectedBy());
    }

    private String newReference() {
        for (int i = 0; i < 20; i++) {
            String candidate = ReferenceCodes.next();
            if (!feedback.existsByReference(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("could not find a free feedback reference");
    }

    private static String textToScreen(Validated v) {
        List<String> parts = new ArrayList<>();
        if (v.detail() != null) {
            parts.add(v.detail());
        }
        if (v.wentWell() != null) {
            parts.add("What went well: " + v.wentWell());
        }
        if (v.couldBeBetter() != null) {
            parts.add("What could be better: " + v.couldBeBetter());
        }
        return String.join("\n\n", parts);
    }

    /** What went well and what could be better, the words themes are found in (the detail names a meeting or worker). */
    private static String wordsForThemes(Validated v) {
        List<String> parts = new ArrayList<>();
        if (v.wentWell() != null) {
            parts.add(v.wentWell());
        }
        if (v.couldBeBetter() != null) {
            parts.add(v.couldBeBetter());
        }
        return String.join("\n\n", parts);
    }

    record Validated(@Nullable String detail, @Nullable String wentWell, @Nullable String couldBeBetter) {
    }

    /** Checks everything before anything is stored; text is kept exactly as typed. */
    static Validated validate(FeedbackForm form) {
        String key = form.submissionKey();
        if (key == null || key.isBlank() || key.length() > 64) {
            throw new IllegalArgumentException("a form needs a submission key of up to 64 characters");
        }
        Objects.requireNonNull(form.about(), "about");
        for (Integer rating : new Integer[]{form.listened(), form.understood(), form.respected()}) {
            if (rating != null && (rating < 1 || rating > 5)) {
                throw new UserFacingException("feedback.error.rating");
            }
        }
        String detail = blankToNull(form.aboutDetail());
        if (detail != null && detail.length() > MAX_DETAIL) {
            throw new UserFacingException("feedback.error.detail-too-long", MAX_DETAIL);
        }
        String wentWell = blankToNull(form.wentWell());
        String couldBeBetter = blankToNull(form.couldBeBetter());
        checkText(wentWell, "went-well");
        checkText(couldBeBetter, "could-be-better");
        if (detail != null) {
            requireStorable(detail, "detail");
        }
        boolean rated = form.listened() != null || form.understood() != null || form.respected() != null;
        if (!rated && wentWell == null && couldBeBetter == null) {
            throw new UserFacingException("feedback.error.empty");
        }
        return new Validated(detail, wentWell, couldBeBetter);
    }

    private static void checkText(@Nullable String text, String field) {
        if (text == null) {
            return;
        }
        if (text.length() > MAX_TEXT) {
            throw new UserFacingException("feedback.error.too-long." + field, MAX_TEXT, text.length());
        }
        requireStorable(text, field);
    }

    /**
     * Hidden control characters: the portal's one rule ({@link StorableText}), refused with this field's message.
     * Tab and line breaks stay allowed in every feedback field, as they always were (the about-detail and contact
     * fields are single-line in the form, but a pasted tab there is harmless and was never refused).
     */
    private static void requireStorable(String text, String field) {
        StorableText.require(text, true, "feedback.error.hidden-characters." + field);
    }

    static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s;
    }

    // ---------------------------------------------------------------- the family's own feedback

    @PreAuthorize("hasAnyRole('PARENT', 'YOUNG_PERSON')")
    @Transactional(readOnly = true)
    public List<Feedback> myFeedback(long offset, int limit) {
        long me = currentUser.require().id().value();
        return withReplies(feedback.findByAuthor(me, offset, limit));
    }

    /**
     * When the caller took back the use of their words, for those of their own feedback items (among these) where
     * they did: so "My feedback" can still say so after the choice is made.
     */
    @PreAuthorize("hasAnyRole('PARENT', 'YOUNG_PERSON')")
    @Transactional(readOnly = true)
    public Map<FeedbackId, Instant> myWordsWithdrawn(java.util.Collection<FeedbackId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<FeedbackId, Instant> withdrawn = new HashMap<>();
        jdbc.sql("""
                        select c.origin_id, max(c.recorded_at) from consent_record c
                        join feedback f on f.id = c.origin_id and f.author_user_id = :me
                        where c.user_id = :me and c.origin = 'FEEDBACK' and c.purpose = 'IMPROVEMENT_USE'
                            and c.given = false and c.origin_id in (:ids)
                        group by c.origin_id""")
                .param("me", currentUser.require().id().value())
                .param("ids", ids.stream().map(FeedbackId::value).toList())
                .query((rs, n) -> withdrawn.put(new FeedbackId(rs.getLong(1)),
                        rs.getTimestamp(2).toInstant()))
                .list();
        return withdrawn;
    }

    @PreAuthorize("hasAnyRole('PARENT', 'YOUNG_PERSON')")
    @Transactional(readOnly = true)
    public int countMyFeedback() {
        return feedback.countByAuthor(currentUser.require().id().value());
    }

    /**
     * The author takes back their permission to use the words of their own feedback to improve services: the words
     * leave the themes, quotes, evidence and "you said, we did" links and every count built from them, in this
     * transaction; the feedback itself stays for the staff it concerns. Doing it again changes nothing.
     */
    @PreAuthorize("hasAnyRole('PARENT', 'YOUNG_PERSON')")
    @Transactional
    public void withdrawWordsConsent(FeedbackId id) {
        FamilyVoiceUser me = currentUser.require();
        FeedbackRow row = feedback.findById(id.value())
                .filter(r -> Objects.equals(r.authorUserId(), me.id().value()))
                .orElseThrow(() -> {
                    audit.recordSecurityEvent(null, AuditAction.ACCESS_DENIED, "feedback:" + id, "not their own");
                    return new AccessDeniedException("not the author of feedback " + id);
                });
        if (!row.mayUseWords()) {
            return;
        }
        jdbc.sql("update feedback set may_use_words = false, version = version + 1 where id = :id")
                .param("id", id.value()).update();
        voices.forget(VoiceOrigin.FEEDBACK, id.value());
        consents.record(me.id(), ConsentOrigin.FEEDBACK, id.value(), ConsentPurpose.IMPROVEMENT_USE, false,
                ConsentWording.FEEDBACK_WORDS_WITHDRAWN);
        audit.record(AuditAction.CONSENT_WITHDRAWN, "feedback:" + row.reference(), "improvement use");
    }

    // ---------------------------------------------------------------- staff

    @PreAuthorize("hasAnyRole('PRACTITIONER', 'MANAGER')")
    @Transactional(readOnly = true)
    public List<FeedbackSummary> find(FeedbackFilter filter, long offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        params.put("offset", offset);
        params.put("limit", limit);
        List<FeedbackSummary> page = jdbc.sql("""
                        select f.id, f.reference, f.source, f.about, f.family_id, fam.display_name as family_name,
                               t.name as team_name, p.display_name as practitioner_name, f.listened, f.understood,
                               f.respected, f.flagged, f.status, f.submitted_at
                        from feedback f
                        left join family fam on fam.id = f.family_id
                        left join team t on t.id = f.team_id
                        left join app_user p on p.id = f.practitioner_id
                        where """ + where + " order by f.submitted_at desc, f.id desc limit :limit offset :offset")
                .params(params)
                .query((rs, n) -> new FeedbackSummary(new FeedbackId(rs.getLong("id")), rs.getString("reference"),
                        FeedbackSource.valueOf(rs.getString("source")), FeedbackAbout.valueOf(rs.getString("about")),
                        longOrNull(rs, "family_id") == null ? null : new FamilyId(rs.getLong("family_id")),
                        rs.getString("family_name"), rs.getString("team_name"), rs.getString("practitioner_name"),
                        intOrNull(rs, "listened"), intOrNull(rs, "understood"), intOrNull(rs, "respected"),
                        rs.getBoolean("flagged"), FeedbackStatus.valueOf(rs.getString("status")),
                        rs.getTimestamp("submitted_at").toInstant()))
                .list();
        audit.recordPageRead(AuditAction.FEEDBACK_LISTED, "feedback", page.stream()
                .map(f -> f.familyId() == null ? null : f.familyId().value()).toList(), page.size());
        return page;
    }

    @PreAuthorize("hasAnyRole('PRACTITIONER', 'MANAGER')")
    @Transactional(readOnly = true)
    public int count(FeedbackFilter filter) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        return jdbc.sql("select count(*) from feedback f where " + where).params(params).query(Integer.class).single();
    }

    /** One piece of feedback with its words and replies. Opening it is audited. */
    @PreAuthorize("hasAnyRole('PRACTITIONER', 'MANAGER')")
    @Transactional
    public Feedback open(FeedbackId id) {
        FeedbackRow row = visible(id);
        // anonymous words can identify someone too, so every opening is recorded
        audit.recordRead(row.familyId(), AuditAction.FEEDBACK_VIEWED, "feedback:" + row.reference(), null);
        return withReplies(List.of(row)).getFirst();
    }

    @PreAuthorize("hasAnyRole('PRACTITIONER', 'MANAGER')")
    @Transactional
    public Feedback markRead(FeedbackId id) {
        FeedbackRow row = visible(id);
        if (row.status().equals(FeedbackStatus.RECEIVED.name())) {
            row = feedback.save(row.withStatus(FeedbackStatus.READ.name(), clock.instant(), currentUser.require().id().value()));
            audit.record(AuditAction.FEEDBACK_READ, "feedback:" + row.reference(), null);
        }
        return withReplies(List.of(row)).getFirst();
    }

    /**
     * Replies to feedback whose author asked to be contacted. A signed-in author sees it under "My feedback"
     * and is notified; for anonymous feedback the reply records what was said through their contact details.
     */
    @PreAuthorize("hasAnyRole('PRACTITIONER', 'MANAGER')")
    @Transactional
    public Feedback reply(FeedbackId id, String text) {
        FeedbackRow row = visible(id);
        if (!row.mayContact()) {
            throw new UserFacingException("feedback.error.no-contact");
        }
        String body = blankToNull(text);
        if (body == null) {
            throw new UserFacingException("feedback.error.reply-empty");
        }
        if (body.length() > MAX_TEXT) {
            throw new UserFacingException("feedback.error.reply-too-long", MAX_TEXT, body.length());
        }
        requireStorable(body, "reply");
        FamilyVoiceUser me = currentUser.require();
        Instant now = clock.instant();
        replies.save(new ReplyRow(null, Objects.requireNonNull(row.id()), me.id().value(), me.displayName(), body, now));
        row = feedback.save(row.withStatus(FeedbackStatus.REPLIED.name(), row.readAt() == null ? now : row.readAt(),
                row.readBy() == null ? me.id().value() : row.readBy()));
        if (row.authorUserId() != null) {
            notifications.send(new UserId(row.authorUserId()), "notification.feedback-reply", row.reference(),
                    "my-feedback");
        }
        audit.record(AuditAction.FEEDBACK_REPLIED, "feedback:" + row.reference(), null);
        return withReplies(List.of(row)).getFirst();
    }

    private FeedbackRow visible(FeedbackId id) {
        Map<String, Object> params = new HashMap<>();
        String scope = scope(params);
        params.put("id", id.value());
        boolean allowed = jdbc.sql("select count(*) from feedback f where f.id = :id and " + scope)
                .params(params).query(Integer.class).single() > 0;
        if (!allowed) {
            audit.recordSecurityEvent(null, AuditAction.ACCESS_DENIED, "feedback:" + id, "not theirs to see");
            throw new AccessDeniedException("no access to feedback " + id);
        }
        return feedback.findById(id.value()).orElseThrow();
    }

    /** What the signed-in member of staff may see, as SQL over {@code feedback f}. */
    private String scope(Map<String, Object> params) {
        FamilyVoiceUser me = currentUser.require();
        if (me.hasRole(Roles.PRACTITIONER)) {
            params.put("me", me.id().value());
            return "(f.practitioner_id = :me or f.family_id in (select id from family where allocated_practitioner_id = :me))";
        }
        if (me.hasRole(Roles.MANAGER) && me.teamId() != null) {
            params.put("myTeam", me.teamId().value());
            return "(f.team_id = :myTeam or (f.team_id is null and f.source = 'ANONYMOUS'))";
        }
        throw new AccessDeniedException("practitioners and managers of a team only");
    }

    private String where(FeedbackFilter filter, Map<String, Object> params) {
        List<String> parts = new ArrayList<>();
        parts.add(scope(params));
        if (filter.from() != null) {
            parts.add("f.submitted_at >= :from");
            params.put("from", Timestamp.from(filter.from().atStartOfDay(zone).toInstant()));
        }
        if (filter.to() != null) {
            parts.add("f.submitted_at < :to");
            params.put("to", Timestamp.from(filter.to().plusDays(1).atStartOfDay(zone).toInstant()));
        }
        if (filter.teamId() != null) {
            parts.add("f.team_id = :team");
            params.put("team", filter.teamId().value());
        }
        if (filter.source() != null) {
            parts.add("f.source = :source");
            params.put("source", filter.source().name());
        }
        if (filter.status() != null) {
            parts.add("f.status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.rating() != null) {
            String lowest = "least(coalesce(f.listened, 9), coalesce(f.understood, 9), coalesce(f.respected, 9))";
            parts.add(switch (filter.rating()) {
                case LOW -> lowest + " <= 2";
                case MIDDLE -> lowest + " = 3";
                case HIGH -> lowest + " between 4 and 5";
                case NONE -> lowest + " = 9";
            });
        }
        return String.join(" and ", parts);
    }

    private List<Feedback> withReplies(List<FeedbackRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<FeedbackReply>> byFeedback = new HashMap<>();
        for (ReplyRow r : replies.findForFeedback(rows.stream().map(FeedbackRow::id).toList())) {
            byFeedback.computeIfAbsent(r.feedbackId(), k -> new ArrayList<>())
                    .add(new FeedbackReply(r.authorName(), r.text(), r.sentAt()));
        }
        Map<Long, Names> names = names(rows);
        List<Feedback> result = new ArrayList<>();
        for (FeedbackRow r : rows) {
            Names n = names.getOrDefault(r.id(), new Names(null, null, null));
            result.add(new Feedback(new FeedbackId(Objects.requireNonNull(r.id())), r.reference(),
                    FeedbackSource.valueOf(r.source()), FeedbackAbout.valueOf(r.about()), r.aboutDetail(),
                    r.familyId() == null ? null : new FamilyId(r.familyId()), n.family(),
                    r.teamId() == null ? null : new TeamId(r.teamId()), n.team(), n.practitioner(), r.authorName(),
                    r.listened(), r.understood(), r.respected(), r.wentWell(), r.couldBeBetter(), r.mayContact(),
                    r.mayUseWords(), r.contactDetails(), r.flagged(), FeedbackStatus.valueOf(r.status()),
                    r.submittedAt(), r.replyExpectedBy(), byFeedback.getOrDefault(r.id(), List.of())));
        }
        return result;
    }

    private record Names(@Nullable String family, @Nullable String team, @Nullable String practitioner) {
    }

    private Map<Long, Names> names(List<FeedbackRow> rows) {
        return jdbc.sql("""
                        select f.id, fam.display_name as family_name, t.name as team_name, p.display_name as practitioner_name
                        from feedback f
                        left join family fam on fam.id = f.family_id
                        left join team t on t.id = f.team_id
                        left join app_user p on p.id = f.practitioner_id
                        where f.id in (:ids)""")
                .param("ids", rows.stream().map(FeedbackRow::id).toList())
                .query((rs, n) -> Map.entry(rs.getLong("id"), new Names(rs.getString("family_name"),
                        rs.getString("team_name"), rs.getString("practitioner_name"))))
                .list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }

    private static @Nullable Long longOrNull(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    private static @Nullable Integer intOrNull(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }
}

package org.familyvoice.privacy.repository;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SQL of erasure and retention. Every method changes rows in place so that figures stay: rows that are counted
 * (feedback forms, meetings, checks, agenda items, themed items) keep their keys, dates, ratings and dimensions and
 * lose their words and names; rows that are only about one person (notifications, invitations, e-mails, sign-in
 * counters) are deleted. Callers hold the transaction.
 */
@Repository
public class PrivacyStore {

    /**
     * What a removed text reads afterwards where the column needs a value and a page may still show the row (an agenda
     * item, a quote under a theme, a reply): plainer than an empty line.
     */
    public static final String WORDS_REMOVED = "[words removed]";
    /** What a person's name is replaced by inside someone else's words. */
    public static final String NAME_REMOVED = "[name removed]";
    /** The name an erased family member keeps on their family record (the row stays: the family's counts). */
    public static final String ERASED_MEMBER = "Erased person";
    /** The name an erased member of staff keeps where their name was copied (replies, notes, actions). */
    public static final String FORMER_STAFF = "Former member of staff";

    private final JdbcClient jdbc;

    PrivacyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Person(long id, String username, String displayName, String role, @Nullable Long familyId,
                         @Nullable Long memberId, @Nullable String email, @Nullable Instant erasedAt) {
        public boolean family() {
            return familyId != null;
        }
    }

    public record Member(long id, long familyId, String name, @Nullable Long userId) {
    }

    public Optional<Person> person(long userId) {
        return jdbc.sql("""
                        select id, username, display_name, role, family_id, family_member_id, email, erased_at
                        from app_user where id = :id""").param("id", userId)
                .query((rs, n) -> new Person(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                        rs.getString("role"), (Long) rs.getObject("family_id", Long.class),
                        (Long) rs.getObject("family_member_id", Long.class), rs.getString("email"),
                        rs.getTimestamp("erased_at") == null ? null : rs.getTimestamp("erased_at").toInstant()))
                .optional();
    }

    public Optional<Long> userIdOf(String username) {
        return jdbc.sql("select id from app_user where username = :u")
                .param("u", username.strip().toLowerCase(Locale.ROOT)).query(Long.class).optional();
    }

    /** The case reference of a family, for the administrator's confirmation. */
    public Optional<String> caseReference(long familyId) {
        return jdbc.sql("select case_reference from family where id = :id").param("id", familyId)
                .query(String.class).optional();
    }

    public Optional<Member> member(long memberId) {
        return jdbc.sql("select id, family_id, name, user_id from family_member where id = :id").param("id", memberId)
                .query((rs, n) -> new Member(rs.getLong("id"), rs.getLong("family_id"), rs.getString("name"),
                        (Long) rs.getObject("user_id", Long.class)))
                .optional();
    }

    /** A family member without an account, as found by name for erasure. */
    public record MemberWithoutAccount(long id, long familyId, String name, String relationship, String familyCase) {
    }

    /** Family members without an account whose name contains the text (a LIKE pattern, '!' as escape), by name. */
    public List<MemberWithoutAccount> membersWithoutAccount(String pattern, int limit) {
        return jdbc.sql("""
                        select m.id, m.family_id, m.name, m.relationship, f.case_reference from family_member m
                        join family f on f.id = m.family_id
                        where m.user_id is null and m.name <> :erased and lower(m.name) like :q escape '!'
                        order by lower(m.name), m.id limit :limit""")
                .param("erased", ERASED_MEMBER).param("q", pattern).param("limit", limit)
                .query((rs, n) -> new MemberWithoutAccount(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getString(4), rs.getString(5)))
                .list();
    }

    public Optional<Member> memberOfAccount(long userId) {
        return jdbc.sql("select id, family_id, name, user_id from family_member where user_id = :id").param("id", userId)
                .query((rs, n) -> new Member(rs.getLong("id"), rs.getLong("family_id"), rs.getString("name"),
                        (Long) rs.getObject("user_id", Long.class)))
                .optional();
    }

    public int openAlertsBy(long userId) {
        return count("select count(*) from safeguarding_alert where author_user_id = :u and status <> 'CLOSED'", userId);
    }

    public int familiesAllocatedTo(long userId) {
        return count("select count(*) from family where allocated_practitioner_id = :u", userId);
    }

    public int activeAdminsOtherThan(long userId) {
        return count("select count(*) from app_user where role = 'ADMIN' and active and id <> :u", userId);
    }

    /** Audit rows written before V13 named accounts by username; they cannot be changed (append-only). */
    public int auditRowsNaming(String username) {
        return jdbc.sql("select count(*) from audit_event where actor = :u or target = :t")
                .param("u", username).param("t", "user:" + username).query(Integer.class).single();
    }

    private int count(String sql, long userId) {
        return jdbc.sql(sql).param("u", userId).query(Integer.class).single();
    }

    // ---- feedback ------------------------------------------------------------------------------------------------

    public List<Long> feedbackBy(long userId) {
        return jdbc.sql("select id from feedback where author_user_id = :u order by id").param("u", userId)
                .query(Long.class).list();
    }

    /** Feedback given before {@code before} that still carries names or words. */
    public List<Long> feedbackIdentifiableBefore(Instant before, int limit) {
        return jdbc.sql("""
                        select id from feedback where submitted_at < :before and anonymised_at is null
                        order by id limit :limit""")
                .param("before", Timestamp.from(before)).param("limit", limit).query(Long.class).list();
    }

    /**
     * Keeps the form counted (source, team, ratings, date, status) and removes who gave it, their words, their
     * contact details and the words of the replies to them; their themed item loses its words but keeps its themes.
     */
    public void anonymiseFeedback(long id, Instant now) {
        jdbc.sql("""
                        update feedback set author_user_id = null, author_name = null, about_detail = null,
                            went_well = null, could_be_better = null, contact_details = null, may_contact = false,
                            anonymised_at = :now, version = version + 1
                        where id = :id""").param("id", id).param("now", Timestamp.from(now)).update();
        jdbc.sql("update feedback_reply set text = :w where feedback_id = :id").param("w", WORDS_REMOVED).param("id", id)
                .update();
        jdbc.sql("""
                        update safeguarding_alert set text = :w, signs = '', author_label = null, author_user_id = null
                        where source = 'FEEDBACK' and source_id = :id and status = 'CLOSED'""").param("w", WORDS_REMOVED)
                .param("id", id).update();
        clearVoiceItems("select id from voice_item where origin = 'FEEDBACK' and origin_id = :id", id);
    }

    // ---- meetings ------------------------------------------------------------------------------------------------

    /** Meetings that started before {@code before} and still hold their content. */
    public List<Long> meetingsWithContentBefore(Instant before, int limit) {
        return jdbc.sql("""
                        select id from meeting where starts_at < :before and content_erased_at is null
                        order by id limit :limit""")
                .param("before", Timestamp.from(before)).param("limit", limit).query(Long.class).list();
    }

    /**
     * Keeps the meeting (family, type, date, status), its agenda lines, actions, attendees and checks as rows, so
     * every count stays, and removes all words: items, outcomes, actions and their owners, check comments, the
     * place, the reason for cancelling and the names of other people invited.
     */
    public void eraseMeetingContent(long meetingId, Instant now) {
        clearVoiceItems("""
                select id from voice_item where origin = 'AGENDA_ITEM'
                    and origin_id in (select id from meeting_contribution where meeting_id = :id)""", meetingId);
        clearVoiceItems("""
                select id from voice_item where origin = 'MEETING_CHECK'
                    and origin_id in (select id from meeting_check where meeting_id = :id)""", meetingId);
        update("update meeting_contribution set text = '" + WORDS_REMOVED + "' where meeting_id = :id", meetingId);
        update("update agenda_item set staff_text = case when staff_text is null then null else '" + WORDS_REMOVED
                + "' end, outcome = null where meeting_id = :id", meetingId);
        update("update meeting_action set action_text = '" + WORDS_REMOVED + "', owner_name = '' where meeting_id = :id",
                meetingId);
        update("update meeting_check set comment = null where meeting_id = :id", meetingId);
        update("""
                update meeting_attendee set name = '', attendee_role = ''
                where meeting_id = :id and family_member_id is null""", meetingId);
        jdbc.sql("""
                        update meeting set place = '', online_link = null,
                            cancelled_reason = case when cancelled_reason is null then null else '' end,
                            content_erased_at = :now
                        where id = :id""").param("id", meetingId).param("now", Timestamp.from(now)).update();
    }

    private int update(String sql, long id) {
        return jdbc.sql(sql).param("id", id).update();
    }

    // ---- a person's own rows ------------------------------------------------------------------------------------

    public int clearContributionsBy(long userId) {
        clearVoiceItems("""
                select id from voice_item where origin = 'AGENDA_ITEM'
                    and origin_id in (select id from meeting_contribution where author_user_id = :id)""", userId);
        return update("update meeting_contribution set text = '" + WORDS_REMOVED + "' where author_user_id = :id",
                userId);
    }

    public int clearCheckCommentsBy(long userId) {
        clearVoiceItems("""
                select id from voice_item where origin = 'MEETING_CHECK'
                    and origin_id in (select id from meeting_check where user_id = :id)""", userId);
        return update("update meeting_check set comment = null where user_id = :id and comment is not null", userId);
    }

    /** Themed items still linked to the person by authorship (any origin). */
    public int clearVoiceItemsBy(long userId) {
        return clearVoiceItems("select id from voice_item where author_user_id = :id", userId);
    }

    public int clearAlertsBy(long userId) {
        return jdbc.sql("""
                        update safeguarding_alert set text = :w, signs = '', author_label = null, author_user_id = null
                        where author_user_id = :id""").param("w", WORDS_REMOVED).param("id", userId).update();
    }

    public int deleteNotificationsOf(long userId) {
        return update("delete from notification where user_id = :id", userId);
    }

    public int deleteEmailsOf(long userId, @Nullable String email) {
        return jdbc.sql("delete from email_outbox where user_id = :id or lower(to_address) = :address")
                .param("id", userId).param("address", email == null ? "" : email.toLowerCase(Locale.ROOT)).update();
    }

    public int deleteInvitationsOf(long memberId) {
        return update("delete from invitation where family_member_id = :id", memberId);
    }

    /** The account's authenticator key, recovery codes and wrong-code counter (two-step sign-in, V12). */
    public int deleteTwoStepOf(long userId) {
        int rows = update("delete from staff_mfa_recovery_code where user_id = :id", userId);
        rows += update("delete from staff_mfa where user_id = :id", userId);
        rows += jdbc.sql("delete from login_throttle where throttle_key = :k").param("k", "mfa:" + userId).update();
        return rows;
    }

    public int deleteThrottleOf(String username) {
        return jdbc.sql("delete from login_throttle where throttle_key = :k").param("k", "user:" + username).update();
    }

    /** The family record keeps a row (counts, attendance) with no name, relationship or exact date of birth. */
    public void anonymiseMember(long memberId) {
        LocalDate born = jdbc.sql("select date_of_birth from family_member where id = :id").param("id", memberId)
                .query((rs, n) -> rs.getObject(1, LocalDate.class)).optional().orElse(null);
        jdbc.sql("""
                        update family_member set name = :erased, relationship = '', user_id = null, date_of_birth = :born,
                            version = version + 1
                        where id = :id""").param("erased", ERASED_MEMBER)
                .param("born", born == null ? null : LocalDate.of(born.getYear(), 1, 1), java.sql.Types.DATE)
                .param("id", memberId).update();
    }

    /** The account stays as a tombstone: erased-id, no name, no address, no password, cannot sign in. */
    public void tombstoneAccount(long userId, String name, Instant now) {
        jdbc.sql("""
                        update app_user set username = :username, display_name = :name, email = null,
                            password_hash = '!erased', active = false, on_duty = false, must_change_password = false,
                            family_member_id = null, erased_at = :now, version = version + 1
                        where id = :id""")
                .param("username", "erased-" + userId).param("name", name).param("now", Timestamp.from(now))
                .param("id", userId).update();
    }

    /** Where a member of staff's name was copied next to their work, it becomes "Former member of staff". */
    public int replaceStaffName(long userId, String displayName) {
        int rows = 0;
        rows += jdbc.sql("update feedback_reply set author_name = :f where author_user_id = :id")
                .param("f", FORMER_STAFF).param("id", userId).update();
        rows += jdbc.sql("update improvement_note set author_name = :f where author_id = :id")
                .param("f", FORMER_STAFF).param("id", userId).update();
        rows += jdbc.sql("update tag_change set changed_by_name = :f where changed_by = :id")
                .param("f", FORMER_STAFF).param("id", userId).update();
        rows += jdbc.sql("update improvement_action set owner_name = :f where lower(owner_name) = :n")
                .param("f", FORMER_STAFF).param("n", displayName.toLowerCase(Locale.ROOT)).update();
        rows += jdbc.sql("update meeting_action set owner_name = :f where lower(owner_name) = :n")
                .param("f", FORMER_STAFF).param("n", displayName.toLowerCase(Locale.ROOT)).update();
        return rows;
    }

    // ---- names inside other people's words -------------------------------------------------------------------------

    /** A column of free text and the rows of it to look in. */
    private record Place(String table, String column, String where, int max) {
        Place(String table, String column, String where) {
            this(table, column, where, 2000);
        }
    }

    private static final String FAMILY_MEETINGS = "meeting_id in (select id from meeting where family_id = :family)";

    /** Where someone in the family (or their worker) may have written a family member's name. */
    private static final List<Place> FAMILY_TEXTS = List.of(
            new Place("feedback", "went_well", "family_id = :family", 4000),
            new Place("feedback", "could_be_better", "family_id = :family", 4000),
            new Place("feedback", "about_detail", "family_id = :family", 200),
            new Place("feedback", "author_name", "family_id = :family", 120),
            new Place("feedback", "contact_details", "family_id = :family", 200),
            new Place("feedback_reply", "text", "feedback_id in (select id from feedback where family_id = :family)", 4000),
            new Place("safeguarding_alert", "text", "family_id = :family", 20000),
            new Place("safeguarding_alert", "signs", "family_id = :family"),
            new Place("safeguarding_alert", "author_label", "family_id = :family", 120),
            new Place("safeguarding_alert", "action_taken", "family_id = :family", 4000),
            new Place("meeting", "place", "family_id = :family", 200),
            new Place("meeting", "cancelled_reason", "family_id = :family", 500),
            new Place("meeting_attendee", "name", FAMILY_MEETINGS, 120),
            new Place("meeting_contribution", "text", FAMILY_MEETINGS),
            new Place("agenda_item", "staff_text", FAMILY_MEETINGS),
            new Place("agenda_item", "outcome", FAMILY_MEETINGS),
            new Place("meeting_action", "action_text", FAMILY_MEETINGS),
            new Place("meeting_action", "owner_name", FAMILY_MEETINGS, 120),
            new Place("meeting_check", "comment", FAMILY_MEETINGS),
            new Place("voice_item", "text", "family_id = :family", 8000),
            new Place("voice_item", "redacted_text", "family_id = :family", 8000));

    /** Texts not tied to one family that may still quote a name: notifications, and the improvement plan's notes. */
    private static final List<Place> SHARED_TEXTS = List.of(
            new Place("notification", "message_arg", "1 = 1", 200),
            new Place("improvement_note", "note", "1 = 1"));

    /**
     * Replaces every word of the person's names (and their username and address) in texts of their family and in
     * shared texts by {@link #NAME_REMOVED}; drops analysed terms that contain one. Returns the number of values changed.
     */
    public int removeNames(long familyId, List<String> words) {
        if (words.isEmpty()) {
            return 0;
        }
        Pattern pattern = namePattern(words);
        int changed = 0;
        for (Place place : FAMILY_TEXTS) {
            changed += scrub(place, words, pattern, familyId);
        }
        for (Place place : SHARED_TEXTS) {
            changed += scrub(place, words, pattern, familyId);
        }
        for (String word : words) {
            List<Long> items = jdbc.sql("""
                            select distinct item_id from voice_item_term where lower(term) like :w
                                and item_id in (select id from voice_item where family_id = :family)""")
                    .param("w", "%" + word.toLowerCase(Locale.ROOT) + "%").param("family", familyId)
                    .query(Long.class).list();
            for (long item : items) {
                removeTerms(item, "%" + word.toLowerCase(Locale.ROOT) + "%");
            }
        }
        return changed;
    }

    static Pattern namePattern(List<String> words) {
        var alternatives = new ArrayList<String>();
        words.stream().sorted((a, b) -> b.length() - a.length()).forEach(w -> alternatives.add(Pattern.quote(w)));
        return Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])(" + String.join("|", alternatives) + ")(?![\\p{L}\\p{N}])");
    }

    private int scrub(Place place, List<String> words, Pattern pattern, long familyId) {
        var likes = new ArrayList<String>();
        for (int i = 0; i < words.size(); i++) {
            likes.add("lower(" + place.column() + ") like :w" + i);
        }
        var select = jdbc.sql("select id, " + place.column() + " from " + place.table() + " where (" + place.where()
                + ") and (" + String.join(" or ", likes) + ")");
        if (place.where().contains(":family")) {
            select = select.param("family", familyId);
        }
        for (int i = 0; i < words.size(); i++) {
            select = select.param("w" + i, "%" + words.get(i).toLowerCase(Locale.ROOT) + "%");
        }
        record Row(long id, String text) {
        }
        List<Row> rows = select.query((rs, n) -> new Row(rs.getLong(1), rs.getString(2))).list();
        int changed = 0;
        for (Row row : rows) {
            String scrubbed = pattern.matcher(row.text()).replaceAll(Matcher.quoteReplacement(NAME_REMOVED));
            if (scrubbed.toLowerCase(Locale.ROOT).equals(row.text().toLowerCase(Locale.ROOT))) {
                continue;
            }
            int max = place.max();
            jdbc.sql("update " + place.table() + " set " + place.column() + " = :v where id = :id")
                    .param("v", scrubbed.length() > max ? scrubbed.substring(0, max) : scrubbed)
                    .param("id", row.id()).update();
            changed++;
        }
        return changed;
    }


    // ---- themed items ------------------------------------------------------------------------------------------

    /**
     * Themed items keep their themes, sentiment, day, team and contributor key (the rollups and the "fewer than 5
     * contributors" rule do not change) and lose their words, their author and their analysed terms.
     */
    private int clearVoiceItems(String selectIds, long param) {
        List<Long> ids = jdbc.sql(selectIds).param("id", param).query(Long.class).list();
        for (long id : ids) {
            removeTerms(id, "%");
            jdbc.sql("""
                            update voice_item set text = :w, redacted_text = :w, author_user_id = null,
                                may_contact = false, version = version + 1
                            where id = :id""").param("w", WORDS_REMOVED).param("id", id).update();
        }
        return ids.size();
    }

    private void removeTerms(long itemId, String like) {
        record Term(String term, LocalDate saidOn) {
        }
        List<Term> terms = jdbc.sql("select term, said_on from voice_item_term where item_id = :id and lower(term) like :l")
                .param("id", itemId).param("l", like)
                .query((rs, n) -> new Term(rs.getString(1), rs.getObject(2, LocalDate.class))).list();
        for (Term t : terms) {
            jdbc.sql("update term_rollup set items = items - 1 where term = :t and said_on = :d")
                    .param("t", t.term()).param("d", t.saidOn()).update();
            jdbc.sql("delete from term_rollup where term = :t and said_on = :d and items <= 0")
                    .param("t", t.term()).param("d", t.saidOn()).update();
        }
        jdbc.sql("delete from voice_item_term where item_id = :id and lower(term) like :l")
                .param("id", itemId).param("l", like).update();
    }

    // ---- retention deletes -----------------------------------------------------------------------------------------

    public int deleteNotificationsBefore(Instant before) {
        return jdbc.sql("delete from notification where created_at < :b").param("b", Timestamp.from(before)).update();
    }

    public int deleteThrottlesBefore(Instant before, Instant now) {
        return jdbc.sql("""
                        delete from login_throttle where last_failure_at < :b
                            and (blocked_until is null or blocked_until < :now)""")
                .param("b", Timestamp.from(before)).param("now", Timestamp.from(now)).update();
    }

    public int deleteRateLimitsBefore(Instant before) {
        return jdbc.sql("delete from rate_limit where window_start < :b").param("b", Timestamp.from(before)).update();
    }

    public int deleteFinishedEmailsBefore(Instant before) {
        return jdbc.sql("""
                        delete from email_outbox where created_at < :b and status in ('SENT', 'FAILED', 'NOT_CONFIGURED')""")
                .param("b", Timestamp.from(before)).update();
    }
}

package org.familyvoice.privacy;

import org.familyvoice.SignIn;
import org.familyvoice.TestClock;
import org.familyvoice.accounts.AccountService;
import org.familyvoice.base.FamilyId;
import org.familyvoice.feedback.FeedbackAbout;
import org.familyvoice.feedback.FeedbackForm;
import org.familyvoice.feedback.FeedbackService;
import org.familyvoice.feedback.Receipt;
import org.familyvoice.meetings.AfterMeetingService;
import org.familyvoice.meetings.CheckAnswer;
import org.familyvoice.meetings.ContributionId;
import org.familyvoice.meetings.ContributionKind;
import org.familyvoice.meetings.ContributionService;
import org.familyvoice.meetings.HeardBy;
import org.familyvoice.meetings.MeetingId;
import org.familyvoice.meetings.MeetingPlan;
import org.familyvoice.meetings.MeetingService;
import org.familyvoice.meetings.MeetingType;
import org.familyvoice.meetings.OtherAttendee;
import org.familyvoice.meetings.Visibility;
import org.familyvoice.families.MemberId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * A family member with distinctive values (names, username, e-mail, phone, a unique marker in every text they write) put
 * in every place the portal can store something about them: through the services where a person would (feedback,
 * agenda items, post-meeting check, e-mail address), and with SQL for what staff write about them (replies, agenda
 * lines, outcomes, actions, notes) and for rows only the system writes (sign-in counters, invitations, alerts).
 */
@Component
class PrivacyFixtures {

    /** One person's identifiers and marker: every one must be gone from every table after erasure. */
    record Person(long userId, long memberId, long familyId, String username, String first, String last,
                  String email, String phone, String marker, MeetingId meeting) {
        String name() {
            return first + " " + last;
        }

        List<String> identifiers() {
            return List.of(username, first, last, name(), email, phone, phone.replace(" ", ""), marker);
        }
    }

    private final JdbcClient jdbc;
    private final SignIn signIn;
    private final TestClock clock;
    private final FeedbackService feedback;
    private final AccountService accounts;
    private final MeetingService meetings;
    private final ContributionService contributions;
    private final AfterMeetingService after;

    PrivacyFixtures(JdbcClient jdbc, SignIn signIn, TestClock clock, FeedbackService feedback, AccountService accounts,
                    MeetingService meetings, ContributionService contributions, AfterMeetingService after) {
        this.jdbc = jdbc;
        this.signIn = signIn;
        this.clock = clock;
        this.feedback = feedback;
        this.accounts = accounts;
        this.meetings = meetings;
        this.contributions = contributions;
        this.after = after;
    }

    long family(String caseReference) {
        return jdbc.sql("select id from family where case_reference = :r").param("r", caseReference)
                .query(Long.class).single();
    }

    long practitionerOf(long familyId) {
        return jdbc.sql("select allocated_practitioner_id from family where id = :f").param("f", familyId)
                .query(Long.class).single();
    }

    String usernameOf(long userId) {
        return jdbc.sql("select username from app_user where id = :u").param("u", userId).query(String.class).single();
    }

    /** A new parent in the family, with an account, and everything they and staff can write about them. */
    Person seed(String caseReference, String first, String last) {
        String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String username = (first + "." + last + "." + tag).toLowerCase();
        String marker = "qzx" + tag + "mark";
        String email = first.toLowerCase() + "." + tag + "@example.org";
        String phone = "07700 9" + tag.chars().filter(Character::isDigit).mapToObj(Character::toString)
                .reduce("", String::concat).concat("00000").substring(0, 5);
        long familyId = family(caseReference);
        long memberId = insertMember(familyId, first + " " + last, "Mother of " + marker, "PARENT");
        String hash = jdbc.sql("select password_hash from app_user where username = :u").param("u", SignIn.PARENT_HARPER)
                .query(String.class).single();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into app_user (username, display_name, password_hash, role, family_id, family_member_id,
                            created_at)
                        values (:u, :n, :h, 'PARENT', :f, :m, :at) """)
                .param("u", username).param("n", first + " " + last).param("h", hash).param("f", familyId)
                .param("m", memberId).param("at", now()).update(keys, "id");
        long userId = id(keys);
        jdbc.sql("update family_member set user_id = :u where id = :m").param("u", userId).param("m", memberId).update();
        long practitioner = practitionerOf(familyId);
        String worker = usernameOf(practitioner);

        // a meeting ten days ahead, with the person invited and a relative of theirs by name
        signIn.as(worker);
        MeetingId meeting = meetings.schedule(new FamilyId(familyId), new MeetingPlan(MeetingType.CHILD_IN_NEED,
                clock.instant().plus(Duration.ofDays(10)).truncatedTo(ChronoUnit.MINUTES), 60,
                "At " + first + "'s flat", null, List.of(new MemberId(memberId)),
                List.of(new OtherAttendee("Gran " + last, "grandmother"))));
        SignIn.out();

        // what the person does themselves
        signIn.as(username);
        accounts.changeOwnEmail(email);
        Receipt receipt = feedback.give(new FeedbackForm(UUID.randomUUID().toString(), FeedbackAbout.MEETING,
                "the meeting about " + first + " " + marker, 2, 3, 4,
                "I am " + first + " " + last + ", call me on " + phone + " " + marker,
                "My worker did not listen to me " + marker, true, true, null, null));
        ContributionId item = contributions.add(meeting, ContributionKind.WORRIED_ABOUT,
                "I am worried about school, " + last + " family " + marker, HeardBy.SELF, Visibility.EVERYONE, true);
        SignIn.out();

        // what staff write about them
        signIn.as(worker);
        feedback.reply(receipt.id(), "Dear " + first + ", thank you");
        SignIn.out();
        long agendaFamily = insertAgendaItem(meeting, "FAMILY", "WORRIED_ABOUT", null, practitioner, 1);
        jdbc.sql("update meeting_contribution set agenda_state = 'ON_AGENDA', agenda_item_id = :a where id = :c")
                .param("a", agendaFamily).param("c", item.value()).update();
        insertAgendaItem(meeting, "PRACTITIONER", "STAFF", "Talk with " + first + " about school", practitioner, 2);
        jdbc.sql("update agenda_item set outcome = :o where id = :a")
                .param("o", first + " " + last + " agreed").param("a", agendaFamily).update();
        jdbc.sql("""
                        insert into meeting_action (meeting_id, sort_order, action_text, owner_name, due_on, created_by,
                            created_at)
                        values (:m, 1, :t, :o, current_date, :by, :at)""")
                .param("m", meeting.value()).param("t", first + " to call school").param("o", first + " " + last)
                .param("by", practitioner).param("at", now()).update();
        jdbc.sql("""
                        insert into notification (user_id, message_key, message_arg, link, created_at)
                        values (:u, 'notification.contribution-added', :arg, 'families', :at)""")
                .param("u", practitioner).param("arg", first + " " + last).param("at", now()).update();
        jdbc.sql("""
                        insert into safeguarding_alert (source, source_id, family_id, team_id, author_user_id,
                            author_label, text, concerns, signs, urgent, raised_at, due_at, status, action_taken,
                            closed_by, closed_at)
                        values ('FEEDBACK', :src, :f, (select team_id from family where id = :f), :u, :label, :text,
                            'HARM', :signs, false, :at, :at, 'CLOSED', :action, :by, :at)""")
                .param("src", receipt.id().value()).param("f", familyId).param("u", userId)
                .param("label", first + " " + last).param("text", "He hits me " + marker)
                .param("signs", "hits me " + marker).param("at", now())
                .param("action", "Called " + first + " back") .param("by", practitioner).update();
        jdbc.sql("""
                        insert into improvement_area (code, name, description, sort_order)
                        values (:code, 'Letters', 'Plain letters', 99)""").param("code", "PRIV-" + tag).update();
        jdbc.sql("""
                        insert into improvement_action (area_id, title, owner_name, due_on, status, created_at, changed_at)
                        values ((select id from improvement_area where code = :code), 'Plain letters', 'Head of service',
                            current_date, 'ON_TRACK', :at, :at)""").param("code", "PRIV-" + tag).param("at", now()).update();
        jdbc.sql("""
                        insert into improvement_note (action_id, note, author_id, author_name, written_at)
                        values ((select max(id) from improvement_action), :n, :by, 'Priya', :at)""")
                .param("n", "Spoke to " + first + " " + last + " about letters").param("by", practitioner)
                .param("at", now()).update();
        jdbc.sql("""
                        insert into invitation (family_id, family_member_id, code_hash, created_by, created_at,
                            expires_at, redeemed_at)
                        values (:f, :m, :h, :by, :at, :at, :at)""")
                .param("f", familyId).param("m", memberId).param("h", "hash-" + tag).param("by", practitioner)
                .param("at", now()).update();
        jdbc.sql("""
                        insert into login_throttle (throttle_key, failures, last_failure_at)
                        values (:k, 2, :at)""").param("k", "user:" + username).param("at", now()).update();

        // after the meeting: the person's check, with a comment they allow to be used
        clock.advance(Duration.ofDays(11));
        signIn.as(username);
        after.answerCheck(meeting, CheckAnswer.PARTLY, CheckAnswer.YES, "Good meeting, " + first + " " + marker, true);
        SignIn.out();
        return new Person(userId, memberId, familyId, username, first, last, email, phone, marker, meeting);
    }

    long insertMember(long familyId, String name, String relationship, String type) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into family_member (family_id, name, relationship, member_type, date_of_birth, created_at)
                        values (:f, :n, :r, :t, :dob, :at) """)
                .param("f", familyId).param("n", name).param("r", relationship).param("t", type)
                .param("dob", java.time.LocalDate.of(1988, 6, 17)).param("at", now()).update(keys, "id");
        return id(keys);
    }

    private long insertAgendaItem(MeetingId meeting, String origin, String kind, @org.jspecify.annotations.Nullable String staffText, long by, int order) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into agenda_item (meeting_id, sort_order, origin, kind, staff_text, created_by, created_at)
                        values (:m, :o, :origin, :kind, :text, :by, :at) """)
                .param("m", meeting.value()).param("o", order).param("origin", origin).param("kind", kind)
                .param("text", staffText, java.sql.Types.VARCHAR).param("by", by).param("at", now())
                .update(keys, "id");
        return id(keys);
    }

    private static long id(GeneratedKeyHolder keys) {
        return java.util.Objects.requireNonNull(keys.getKeyAs(Long.class));
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }
}

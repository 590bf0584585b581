package org.familyvoice.demo;

import org.familyvoice.themes.VoiceRecorder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.familyvoice.accounts.MfaSecrets;
import org.familyvoice.base.Roles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Fictional demo data for trying the portal: two teams, their managers and practitioners, an
 * administrator and four families, with feedback and the Harpers' meetings; then, from {@link DemoVoices}, a third
 * team and a year of feedback and post-meeting checks from forty more families for the themes dashboard. Loaded only
 * into an empty database and only when {@code familyvoice.demo-data=true} (the embedded default; never under the
 * postgres or production profiles unless asked for). Every name here is invented.
 */
@Component
@ConditionalOnProperty(name = "familyvoice.demo-data", havingValue = "true")
class DemoData {

    /** The password of every demo account. */
    static final String PASSWORD = "demo-voices-2026";


    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final VoiceRecorder voices;
    private final Map<String, String> logins = new LinkedHashMap<>();
    private String hash;

    private final MfaSecrets mfaSecrets;

    DemoData(JdbcClient jdbc, PasswordEncoder encoder, TransactionTemplate tx, Clock clock, VoiceRecorder voices,
             MfaSecrets mfaSecrets) {
        this.mfaSecrets = mfaSecrets;
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.tx = tx;
        this.clock = clock;
        this.voices = voices;
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadIfEmpty() {
        Integer users = jdbc.sql("select count(*) from app_user").query(Integer.class).single();
        if (users > 0) {
            return;
        }
        hash = encoder.encode(PASSWORD);
        long started = System.nanoTime();
        tx.executeWithoutResult(status -> load());
        log.info("Demo data loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
        var sb = new StringBuilder("\n\nFamily Voice demo data loaded. Sign in at /login with any of these (password: ")
                .append(PASSWORD).append("):\n");
        logins.forEach((user, what) -> sb.append(String.format("  %-22s %s%n", user, what)));
        log.info(sb.toString());
    }

    private void load() {
        long north = team("North Children in Need Team");
        long south = team("South Children in Need Team");
        staff("admin", "Alex Morgan", "ADMIN", null, "administrator");
        staff("manager.north", "Morgan Reid", "MANAGER", north, "manager, North team");
        long priya = staff("practitioner.north", "Priya Shah", "PRACTITIONER", north, "practitioner, North team");
        long sam = staff("practitioner.north2", "Sam Okoro", "PRACTITIONER", north, "practitioner, North team");
        staff("manager.south", "Jordan Blake", "MANAGER", south, "manager, South team");
        long dana = staff("practitioner.south", "Dana Whitfield", "PRACTITIONER", south, "practitioner, South team");

        long harper = family("FV-1001", "The Harper family", north, priya);
        member(harper, "Leanne Harper", "Mum", "PARENT", null, "parent.harper");
        member(harper, "Kai Harper", "Son", "YOUNG_PERSON", LocalDate.of(2012, 5, 14), "young.harper");
        member(harper, "Tom Harper", "Dad", "PARENT", null, null);

        long novak = family("FV-1002", "The Novak family", north, sam);
        member(novak, "Marta Novak", "Mum", "PARENT", null, "parent.novak");
        member(novak, "Lena Novak", "Daughter", "YOUNG_PERSON", LocalDate.of(2010, 9, 2), "young.novak");

        long adeyemi = family("FV-2001", "The Adeyemi family", south, dana);
        member(adeyemi, "Grace Adeyemi", "Grandmother and special guardian", "PARENT", null, "parent.adeyemi");
        member(adeyemi, "Tobi Adeyemi", "Grandson", "YOUNG_PERSON", LocalDate.of(2013, 1, 23), null);

        long walsh = family("FV-2002", "The Walsh family", south, dana);
        member(walsh, "Ryan Walsh", "Dad", "PARENT", null, "parent.walsh");
        member(walsh, "Ella Walsh", "Daughter", "YOUNG_PERSON", LocalDate.of(2011, 11, 30), "young.walsh");

        // Sam is on the duty rota: works the safeguarding queue with the North manager.
        jdbc.sql("update app_user set on_duty = true where id = :id").param("id", sam).update();
        logins.put("practitioner.north2", logins.get("practitioner.north2") + ", on the duty rota");

        feedback("FV-D3MQ-A2", harper, north, priya, "parent.harper", "Leanne Harper", "PARENT", "SOCIAL_WORKER", 4, 4, 5,
                "Priya rang me back the same day and explained what the plan meant for Kai.",
                "I'd like the meeting letters sooner. Two days' notice isn't enough with my shifts.", true, true, 20);
        feedback("FV-D3MQ-B4", novak, north, sam, "young.novak", "Lena Novak", "YOUNG_PERSON", "MEETING", 2, 3, null,
                null, "Everyone talked about me like I wasn't there.", false, true, 6);
        feedback("FV-D3MQ-C6", null, south, null, null, null, "ANONYMOUS", "TEAM", 1, 1, 2, null,
                "Nobody returned my calls for three weeks.", false, false, 3);
        feedback("FV-D3MQ-D7", adeyemi, south, dana, "parent.adeyemi", "Grace Adeyemi", "PARENT", "SOCIAL_WORKER", 5, 5, 5,
                "Dana treated us with respect and helped with the school transport.", null, false, true, 1);

        // Priya has replied to Leanne's feedback: My feedback shows it, and so does the bell.
        jdbc.sql("""
                        insert into feedback_reply (feedback_id, author_user_id, author_name, text, sent_at)
                        select id, :priya, 'Priya Shah', :text, :at from feedback where reference = 'FV-D3MQ-A2'""")
                .param("priya", priya).param("at", Timestamp.from(clock.instant().minus(java.time.Duration.ofDays(18))))
                .param("text", "Thank you, Leanne. I've asked for meeting letters to go out a week ahead from now on.")
                .update();
        jdbc.sql("update feedback set status = 'REPLIED', read_at = submitted_at where reference = 'FV-D3MQ-A2'").update();
        jdbc.sql("""
                        insert into notification (user_id, message_key, message_arg, link, created_at)
                        values (:u, 'notification.feedback-reply', 'FV-D3MQ-A2', 'my-feedback', :at)""")
                .param("u", userId("parent.harper"))
                .param("at", Timestamp.from(clock.instant().minus(java.time.Duration.ofDays(18)))).update();

        // The Harpers' child-in-need meeting next week (Leanne, Kai and Kai's teacher invited), and last month's.
        long next = meeting(harper, priya, "CHILD_IN_NEED", 6, "Northgate Family Centre, Room 2");
        invite(next, "parent.harper", "young.harper");
        jdbc.sql("insert into meeting_attendee (meeting_id, name, attendee_role) values (:m, 'Ms Patel', 'Class teacher')")
                .param("m", next).update();
        long last = meeting(harper, priya, "CHILD_IN_NEED", -27, "Northgate Family Centre, Room 2");
        invite(last, "parent.harper", "young.harper");
        // Last month's agenda was built and published from Kai's and Leanne's items; its outcomes are still to be
        // recorded, so Priya can show the "after the meeting" part.
        long kai = userId("young.harper");
        long leanne = userId("parent.harper");
        agendaItem(last, 1, contribution(last, kai, "LIKE_TO_HAPPEN", "I want to stay at my school with my friends.",
                "SELF", "EVERYONE", 33));
        agendaItem(last, 2, contribution(last, kai, "WORRIED_ABOUT", "I get scared when mum and dad argue at night.",
                "WORKER", "WORKER_ONLY", 32));
        agendaItem(last, 3, contribution(last, leanne, "GOING_WELL", "Kai has been to school every day this term.",
                "SELF", "EVERYONE", 31));
        jdbc.sql("""
                        insert into agenda_item (meeting_id, sort_order, origin, kind, staff_text, created_by, created_at)
                        values (:m, 4, 'PRACTITIONER', 'STAFF', 'Review of the school attendance plan', :by, :at)""")
                .param("m", last).param("by", priya).param("at", daysAgo(30)).update();
        jdbc.sql("update meeting set agenda_published_at = :at where id = :m")
                .param("at", daysAgo(30)).param("m", last).update();

        // The Novaks' review two months ago went all the way round: agenda, outcomes, actions, next review, and
        // the post-meeting check answered by Lena, Marta and Sam.
        long review = meeting(novak, sam, "CIN_REVIEW", -55, "Northgate Family Centre, Room 1");
        invite(review, "parent.novak", "young.novak");
        long lena = userId("young.novak");
        long marta = userId("parent.novak");
        long item = agendaItem(review, 1, contribution(review, lena, "LIKE_TO_HAPPEN",
                "I want to be asked before things are decided about me.", "SELF", "EVERYONE", 60));
        jdbc.sql("update agenda_item set outcome = :o where id = :i").param("i", item)
                .param("o", "Lena will be asked first at every meeting, and can bring a friend or an advocate.").update();
        item = agendaItem(review, 2, contribution(review, marta, "QUESTION",
                "When will the housing letter be sent?", "SELF", "EVERYONE", 59));
        jdbc.sql("update agenda_item set outcome = :o where id = :i").param("i", item)
                .param("o", "Sam will chase the housing officer this week.").update();
        var reviewDay = LocalDate.ofInstant(clock.instant(), java.time.ZoneId.of("Europe/London")).minusDays(55);
        jdbc.sql("""
                        insert into meeting_action (meeting_id, sort_order, action_text, owner_name, due_on, created_by,
                                                    created_at)
                        values (:m, 1, 'Send the housing support letter', 'Sam Okoro (social worker)', :due, :by, :at)""")
                .param("m", review).param("due", reviewDay.plusDays(7)).param("by", sam).param("at", daysAgo(55))
                .update();
        jdbc.sql("""
                        update meeting set agenda_published_at = :published, plan_recorded_at = :planned,
                                           next_review_on = :next where id = :m""")
                .param("published", daysAgo(58)).param("planned", daysAgo(54)).param("next", reviewDay.plusDays(90))
                .param("m", review).update();
        check(review, lena, "CHILD", "PARTLY", "NO", "They listened more than last time. I still don't know what happens next.");
        check(review, marta, "PARENT", "YES", "YES", "Sam explained everything and wrote it down for me.");
        check(review, sam, "PRACTITIONER", "YES", "PARTLY", "Lena spoke up; the housing question needs a clear answer.");

        // A year of what families said across three teams (East added), tagged and counted for the themes dashboard.
        new DemoVoices(jdbc, voices, clock).load(north, south, hash, logins);
        // every demo manager and administrator has two-step sign-in with the one published demo key
        jdbc.sql("""
                        insert into staff_mfa (user_id, secret, enrolled_at, last_used_step)
                        select id, :s, :at, 0 from app_user where role in ('MANAGER', 'ADMIN')""")
                .param("s", mfaSecrets.seal(DemoKeys.MFA_SECRET)).param("at", now()).update();
        youSaidWeDid();
    }

    /** Two published "you said, we did" entries, so the public page shows what closing the loop looks like. */
    private void youSaidWeDid() {
        long manager = userId("manager.north");
        entry("Meeting letters came too late to plan around work, school and childcare.",
                "Every meeting letter now goes out at least a week before the meeting, and says who will be there.",
                75, "MEETINGS", manager);
        entry("Young people said meetings talked about them as if they were not in the room.",
                "Every child in need meeting now starts with the young person's own items, in their words, "
                        + "and they choose who says them.", 40, "CHILD_WISHES", manager);
    }

    private void entry(String heard, String did, int daysAgo, String theme, long by) {
        jdbc.sql("""
                        insert into you_said_we_did (heard, did, done_on, theme_id, created_by, created_at, published_at,
                            published_by)
                        select :heard, :did, :doneOn, id, :by, :at, :at, :by from theme where code = :theme""")
                .param("heard", heard).param("did", did)
                .param("doneOn", LocalDate.ofInstant(clock.instant(), java.time.ZoneId.of("Europe/London")).minusDays(daysAgo))
                .param("theme", theme).param("by", by).param("at", daysAgo(daysAgo - 2)).update();
    }

    private Timestamp daysAgo(int days) {
        return Timestamp.from(clock.instant().minus(java.time.Duration.ofDays(days)));
    }

    /** A family member's item for a meeting, as the contributions service would have stored it. */
    private long contribution(long meeting, long author, String kind, String text, String heardBy, String visibleTo,
                              int daysAgo) {
        jdbc.sql("""
                        insert into meeting_contribution (meeting_id, author_user_id, kind, text, heard_by, visible_to,
                                                          status, created_at, updated_at)
                        values (:m, :a, :kind, :text, :heard, :visible, 'ACTIVE', :at, :at)""")
                .param("m", meeting).param("a", author).param("kind", kind).param("text", text).param("heard", heardBy)
                .param("visible", visibleTo).param("at", daysAgo(daysAgo)).update();
        return jdbc.sql("select max(id) from meeting_contribution").query(Long.class).single();
    }

    /** An agenda item quoting one contribution, accepted by the worker. */
    private long agendaItem(long meeting, int order, long contribution) {
        jdbc.sql("""
                        insert into agenda_item (meeting_id, sort_order, origin, kind, created_by, created_at)
                        select meeting_id, :o, 'FAMILY', kind, (select created_by from meeting where id = :m), updated_at
                        from meeting_contribution where id = :c""")
                .param("m", meeting).param("o", order).param("c", contribution).update();
        long item = jdbc.sql("select max(id) from agenda_item").query(Long.class).single();
        jdbc.sql("update meeting_contribution set agenda_state = 'ON_AGENDA', agenda_item_id = :i where id = :c")
                .param("i", item).param("c", contribution).update();
        return item;
    }

    private void check(long meeting, long user, String respondent, String listened, String knowsNext, String comment) {
        jdbc.sql("""
                        insert into meeting_check (meeting_id, user_id, respondent, listened_to, knows_next, comment,
                                                   may_use_for_improvement, answered_at)
                        values (:m, :u, :r, :l, :k, :c, true, :at)""")
                .param("m", meeting).param("u", user).param("r", respondent).param("l", listened)
                .param("k", knowsNext).param("c", comment).param("at", daysAgo(54)).update();
    }

    /** A meeting some days from today (negative: in the past) at 10:00 UK time, as the worker would schedule it. */
    private long meeting(long family, long practitioner, String type, int days, String place) {
        var london = java.time.ZoneId.of("Europe/London");
        var startsAt = LocalDate.ofInstant(clock.instant(), london).plusDays(days).atTime(10, 0).atZone(london).toInstant();
        jdbc.sql("""
                        insert into meeting (family_id, meeting_type, starts_at, duration_minutes, place, status,
                                             created_by, created_at, changed_at)
                        values (:f, :type, :at, 60, :place, 'SCHEDULED', :by, :now, :now)""")
                .param("f", family).param("type", type).param("at", Timestamp.from(startsAt)).param("place", place)
                .param("by", practitioner).param("now", now()).update();
        return jdbc.sql("select max(id) from meeting where family_id = :f").param("f", family).query(Long.class).single();
    }

    private void invite(long meeting, String... usernames) {
        for (String username : usernames) {
            jdbc.sql("""
                            insert into meeting_attendee (meeting_id, family_member_id)
                            select :m, family_member_id from app_user where username = :u""")
                    .param("m", meeting).param("u", username).update();
        }
    }

    /** A piece of feedback given some days ago, stored as the feedback service would have stored it. */
    private void feedback(String reference, Long family, long team, Long practitioner, String author, String authorName,
                          String source, String about, Integer listened, Integer understood, Integer respected,
                          String wentWell, String couldBeBetter, boolean mayContact, boolean mayUseWords, int daysAgo) {
        var at = Timestamp.from(clock.instant().minus(java.time.Duration.ofDays(daysAgo)));
        jdbc.sql("""
                        insert into feedback (reference, submission_key, source, about, family_id, team_id,
                            practitioner_id, author_user_id, author_name, listened, understood, respected, went_well,
                            could_be_better, may_contact, may_use_words, flagged, status, submitted_at, reply_expected_by)
                        values (:ref, :key, :source, :about, :family, :team, :practitioner, :author, :authorName,
                            :listened, :understood, :respected, :wentWell, :better, :mayContact, :mayUse, false,
                            'RECEIVED', :at, :replyBy)""")
                .param("ref", reference).param("key", "demo-" + reference).param("source", source)
                .param("about", about).param("family", family, java.sql.Types.BIGINT).param("team", team)
                .param("practitioner", practitioner, java.sql.Types.BIGINT)
                .param("author", author == null ? null : userId(author), java.sql.Types.BIGINT)
                .param("authorName", authorName, java.sql.Types.VARCHAR)
                .param("listened", listened, java.sql.Types.INTEGER).param("understood", understood, java.sql.Types.INTEGER)
                .param("respected", respected, java.sql.Types.INTEGER).param("wentWell", wentWell, java.sql.Types.VARCHAR)
                .param("better", couldBeBetter, java.sql.Types.VARCHAR).param("mayContact", mayContact)
                .param("mayUse", mayUseWords).param("at", at)
                .param("replyBy", mayContact ? Timestamp.from(at.toInstant().plus(java.time.Duration.ofDays(14))) : null,
                        java.sql.Types.TIMESTAMP)
                .update();
    }

    private long team(String name) {
        jdbc.sql("insert into team (name) values (:name)").param("name", name).update();
        return jdbc.sql("select id from team where name = :name").param("name", name).query(Long.class).single();
    }

    private long staff(String username, String name, String role, Long team, String what) {
        jdbc.sql("""
                        insert into app_user (username, display_name, password_hash, role, team_id, active,
                                              must_change_password, created_at)
                        values (:u, :n, :h, :r, :t, true, false, :at)""")
                .param("u", username).param("n", name).param("h", hash).param("r", role)
                .param("t", team, java.sql.Types.BIGINT).param("at", now()).update();
        logins.put(username, name + ", " + what + (Roles.MANAGER.equals(role) || Roles.ADMIN.equals(role)
                ? " (two-step key " + DemoKeys.MFA_SECRET + ")" : ""));
        return userId(username);
    }

    private long family(String reference, String name, long team, long practitioner) {
        jdbc.sql("""
                        insert into family (case_reference, display_name, team_id, allocated_practitioner_id, created_at)
                        values (:ref, :name, :team, :p, :at)""")
                .param("ref", reference).param("name", name).param("team", team).param("p", practitioner)
                .param("at", now()).update();
        return jdbc.sql("select id from family where case_reference = :ref").param("ref", reference)
                .query(Long.class).single();
    }

    private void member(long family, String name, String relationship, String type, LocalDate dob, String username) {
        jdbc.sql("""
                        insert into family_member (family_id, name, relationship, member_type, date_of_birth, created_at)
                        values (:f, :n, :r, :t, :dob, :at)""")
                .param("f", family).param("n", name).param("r", relationship).param("t", type)
                .param("dob", dob == null ? null : Date.valueOf(dob), java.sql.Types.DATE).param("at", now()).update();
        if (username == null) {
            return;
        }
        long memberId = jdbc.sql("select max(id) from family_member where family_id = :f").param("f", family)
                .query(Long.class).single();
        jdbc.sql("""
                        insert into app_user (username, display_name, password_hash, role, family_id, family_member_id,
                                              active, must_change_password, created_at)
                        values (:u, :n, :h, :r, :f, :m, true, false, :at)""")
                .param("u", username).param("n", name).param("h", hash).param("r", type).param("f", family)
                .param("m", memberId).param("at", now()).update();
        jdbc.sql("update family_member set user_id = :u where id = :m").param("u", userId(username))
                .param("m", memberId).update();
        logins.put(username, name + ", " + (type.equals("PARENT") ? "parent/carer" : "young person") + " in "
                + jdbc.sql("select display_name from family where id = :f").param("f", family).query(String.class)
                .single());
    }

    private long userId(String username) {
        return jdbc.sql("select id from app_user where username = :u").param("u", username).query(Long.class).single();
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }
}

package org.familyvoice.privacy;

import org.familyvoice.IntegrationTest;
import org.familyvoice.SignIn;
import org.familyvoice.feedback.FeedbackAbout;
import org.familyvoice.feedback.FeedbackForm;
import org.familyvoice.feedback.FeedbackService;
import org.familyvoice.feedback.Receipt;
import org.familyvoice.meetings.ContributionKind;
import org.familyvoice.meetings.ContributionService;
import org.familyvoice.meetings.MeetingFixtures;
import org.familyvoice.meetings.MeetingId;
import org.familyvoice.meetings.Visibility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.familyvoice.meetings.MeetingFixtures.unique;

/**
 * The subject access export: only administrators make it; it holds the person's own data, complete and readable,
 * and nothing of another family or of another member's private words; people's text is inert in the page and exact
 * in the JSON; every export is audited.
 */
@IntegrationTest
class SubjectAccessServiceTest {

    /** Markup, an emoji (a surrogate pair), Arabic with a right-to-left mark, tab and line break. */
    private static final String PAYLOAD = "<script>alert('sar')</script> & \"quotes\" 😀👩‍👧 مرحبا\u200F بكم\tx\ny";

    @Autowired SubjectAccessService subjects;
    @Autowired FeedbackService feedback;
    @Autowired ContributionService contributions;
    @Autowired MeetingFixtures fixtures;
    @Autowired SignIn signIn;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void out() {
        SignIn.out();
    }

    private static FeedbackForm form(String couldBeBetter, boolean mayUseWords) {
        return new FeedbackForm(UUID.randomUUID().toString(), FeedbackAbout.SOCIAL_WORKER, null, 2, 3, 4, null,
                couldBeBetter, true, mayUseWords, null, null);
    }

    private long user(String username) {
        return jdbc.sql("select id from app_user where username = :u").param("u", username).query(Long.class).single();
    }

    /** The ZIP's entries by name, as text. */
    private static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> files = new HashMap<>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                files.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private Map<String, String> export(PersonRef ref) throws IOException {
        signIn.as(SignIn.ADMIN);
        var out = new ByteArrayOutputStream();
        subjects.export(ref, out);
        return unzip(out.toByteArray());
    }

    private static List<String> texts(JsonNode rows, String field) {
        List<String> values = new ArrayList<>();
        rows.forEach(r -> values.add(r.path(field).isNull() || r.path(field).isMissingNode() ? null
                : r.path(field).asString()));
        return values;
    }

    @Test
    void onlyAnAdministratorMayFindOrExportAPerson() {
        PersonRef leanne = new PersonRef(user(SignIn.PARENT_HARPER), null);
        for (String who : List.of(SignIn.PARENT_HARPER, SignIn.YOUNG_HARPER, SignIn.PARENT_NOVAK,
                SignIn.PARENT_ADEYEMI, SignIn.PRACTITIONER_NORTH, SignIn.PRACTITIONER_NORTH_2, SignIn.PRACTITIONER_SOUTH,
                SignIn.MANAGER_NORTH, SignIn.MANAGER_SOUTH)) {
            signIn.as(who);
            assertThatThrownBy(() -> subjects.export(leanne, new ByteArrayOutputStream()))
                    .as(who).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> subjects.find("Harper", 0, 10)).as(who).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> subjects.count("Harper")).as(who).isInstanceOf(AccessDeniedException.class);
        }
        SignIn.out();
        assertThatThrownBy(() -> subjects.export(leanne, new ByteArrayOutputStream()))
                .isInstanceOf(org.springframework.security.core.AuthenticationException.class);
    }

    @Test
    void anAdministratorFindsFamilyMembersWithAndWithoutAccountsAndStaff() {
        signIn.as(SignIn.ADMIN);
        List<Person> harpers = subjects.find("harper", 0, 50);
        assertThat(harpers).extracting(Person::name).contains("Leanne Harper", "Kai Harper", "Tom Harper");
        Person tom = harpers.stream().filter(p -> p.name().equals("Tom Harper")).findFirst().orElseThrow();
        assertThat(tom.ref().userId()).isNull();
        assertThat(tom.ref().memberId()).isNotNull();
        assertThat(tom.username()).isNull();
        assertThat(subjects.count("harper")).isEqualTo(harpers.size());
        assertThat(subjects.find("x", 0, 50)).as("too short to search").isEmpty();
        assertThat(subjects.find("%", 0, 50)).as("a wildcard is a plain character").isEmpty();
        assertThat(subjects.find("practitioner.north", 0, 50)).extracting(Person::username)
                .contains("practitioner.north");
    }

    @Test
    void theExportHoldsThePersonsOwnDataAndNothingOfAnotherMemberOrFamily() throws IOException {
        MeetingId meeting = fixtures.harperMeeting(Duration.ofDays(10));
        String leannesWords = unique(PAYLOAD);
        String leannesItem = unique("I would like the meeting to start after school drop-off");
        String kaisPrivate = unique("Only for my social worker: I am scared at home");
        String kaisFeedback = unique("Kai says nobody listens");
        String novaks = unique("Marta Novak's own feedback");

        signIn.as(SignIn.PARENT_HARPER);
        Receipt given = feedback.give(form(leannesWords, true));
        Receipt notForUse = feedback.give(form(unique("Not to be used"), false));
        contributions.add(meeting, ContributionKind.LIKE_TO_HAPPEN, leannesItem, null, Visibility.EVERYONE, true);
        signIn.as(SignIn.YOUNG_HARPER);
        contributions.add(meeting, ContributionKind.WORRIED_ABOUT, kaisPrivate, null, Visibility.WORKER_ONLY, false);
        feedback.give(form(kaisFeedback, true));
        signIn.as(SignIn.PARENT_NOVAK);
        feedback.give(form(novaks, true));
        signIn.as(SignIn.PRACTITIONER_NORTH);
        String reply = unique("Thank you, we will change the time");
        feedback.reply(given.id(), reply);
        // text stored before today's rules: a C0 control and a line separator must still make valid JSON
        long leanne = user(SignIn.PARENT_HARPER);
        String legacy = "old\u0001text\u2028here";
        jdbc.sql("insert into notification (user_id, message_key, message_arg, created_at) values (:u, 'x.y', :a, :t)")
                .param("u", leanne).param("a", legacy).param("t", Timestamp.from(Instant.now())).update();

        Map<String, String> files = export(new PersonRef(leanne, null));

        assertThat(files).containsOnlyKeys("person.json", "person.html");
        JsonNode json = JsonMapper.builder().build().readTree(files.get("person.json"));
        assertThat(json.path("format").asString()).isEqualTo("family-voice-subject-access");
        assertThat(json.path("subject").path("user_id").asLong()).isEqualTo(leanne);
        JsonNode sections = json.path("sections");
        List<String> names = new ArrayList<>();
        sections.propertyNames().forEach(names::add);
        assertThat(names).containsExactlyElementsOf(SubjectAccessService.sections(
                new SubjectAccessService.Subject(1L, 1L, 1L, "x", "x")).stream()
                .map(SubjectAccessExport.Section::name).toList());

        assertThat(texts(sections.path("account"), "username")).containsExactly(SignIn.PARENT_HARPER);
        assertThat(sections.path("account").get(0).has("password_hash")).isFalse();
        assertThat(texts(sections.path("family_membership"), "name")).containsExactly("Leanne Harper");
        assertThat(texts(sections.path("feedback"), "could_be_better")).contains(leannesWords);
        assertThat(texts(sections.path("feedback"), "reference")).contains(given.reference(), notForUse.reference());
        assertThat(texts(sections.path("feedback_replies"), "text")).contains(reply);
        assertThat(texts(sections.path("contributions"), "text")).contains(leannesItem);
        assertThat(texts(sections.path("meetings"), "id")).contains(String.valueOf(meeting.value()));
        assertThat(texts(sections.path("notifications"), "message_arg")).contains(legacy);
        assertThat(texts(sections.path("own_actions"), "action")).contains("CONTRIBUTION_ADDED");
        assertThat(texts(sections.path("reads_by_staff"), "actor")).doesNotContain(SignIn.PARENT_HARPER);

        // consent choices: each with the wording and its version
        List<String> choices = new ArrayList<>();
        sections.path("consent_choices").forEach(c -> choices.add(c.path("origin").asString() + " "
                + c.path("origin_id").asLong() + " " + c.path("purpose").asString() + " " + c.path("given").asBoolean()
                + " " + c.path("wording_key").asString() + " v" + c.path("wording_version").asInt()));
        assertThat(choices).contains(
                "FEEDBACK " + given.id().value() + " IMPROVEMENT_USE true FEEDBACK_WORDS_ADULT v1",
                "FEEDBACK " + given.id().value() + " CONTACT true FEEDBACK_CONTACT_ADULT v1",
                "FEEDBACK " + notForUse.id().value() + " IMPROVEMENT_USE false FEEDBACK_WORDS_ADULT v1");
        assertThat(json.path("consent_wordings")).hasSize(ConsentWording.values().length);

        // never another member's or another family's words, in either file
        for (String file : files.values()) {
            assertThat(file).doesNotContain(kaisPrivate, kaisFeedback, novaks, "Kai says", "Marta Novak's own");
        }

        // the page shows the words as text, never as markup
        String html = files.get("person.html");
        assertThat(html).doesNotContain("<script>alert").contains("&lt;script&gt;alert(")
                .contains("😀👩‍👧 مرحبا\u200F بكم").contains("Feedback they gave", "Consent choices");

        // and the export is on record
        List<String> audited = jdbc.sql("""
                        select actor || ' ' || target from audit_event where action = 'SUBJECT_ACCESS_EXPORTED'
                        order by id desc limit 1""").query(String.class).list();
        long admin = jdbc.sql("select id from app_user where username = 'admin'").query(Long.class).single();
        assertThat(audited).containsExactly(org.familyvoice.base.audit.AuditPseudonym.of(admin) + " user:" + leanne);
    }

    @Test
    void aFamilyMemberWithoutAnAccountAndAMemberOfStaffCanBeExportedToo() throws IOException {
        signIn.as(SignIn.ADMIN);
        Person tom = subjects.find("Tom Harper", 0, 5).getFirst();
        Map<String, String> files = export(tom.ref());
        JsonNode json = JsonMapper.builder().build().readTree(files.get("person.json"));
        assertThat(json.path("sections").path("account")).isEmpty();
        assertThat(texts(json.path("sections").path("family_membership"), "name")).containsExactly("Tom Harper");
        assertThat(json.path("sections").path("feedback")).isEmpty();

        long priya = user(SignIn.PRACTITIONER_NORTH);
        JsonNode staff = JsonMapper.builder().build().readTree(export(new PersonRef(priya, null)).get("person.json"));
        assertThat(texts(staff.path("sections").path("account"), "role")).containsExactly("PRACTITIONER");
        assertThat(staff.path("sections").path("family_membership")).isEmpty();
        assertThat(staff.path("sections").path("reads_by_staff")).isEmpty();
    }

    @Test
    void anUnknownPersonIsRefused() {
        signIn.as(SignIn.ADMIN);
        assertThatThrownBy(() -> subjects.export(new PersonRef(999_999L, null), new ByteArrayOutputStream()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

package org.familyvoice.themes;

import org.familyvoice.IntegrationTest;
import org.familyvoice.SignIn;
import org.familyvoice.TestClock;
import org.familyvoice.base.TeamId;
import org.familyvoice.feedback.FeedbackAbout;
import org.familyvoice.feedback.FeedbackForm;
import org.familyvoice.feedback.FeedbackService;
import org.familyvoice.feedback.Receipt;
import org.familyvoice.meetings.AfterMeetingService;
import org.familyvoice.meetings.CheckAnswer;
import org.familyvoice.meetings.Contribution;
import org.familyvoice.meetings.ContributionId;
import org.familyvoice.meetings.ContributionKind;
import org.familyvoice.meetings.ContributionService;
import org.familyvoice.meetings.MeetingFixtures;
import org.familyvoice.meetings.MeetingId;
import org.familyvoice.meetings.Visibility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.familyvoice.meetings.MeetingFixtures.unique;

/**
 * Words are used for themes only when their author allowed it: feedback ("may use my words"), the post-meeting
 * check's comment, and agenda items shared with everyone. Without consent nothing of the words is stored for themes
 * (a feedback form is still counted); taking consent back, making an item private or withdrawing it takes the words
 * and their counts out again.
 */
@IntegrationTest
class VoiceConsentTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired FeedbackService feedback;
    @Autowired ContributionService contributions;
    @Autowired AfterMeetingService after;
    @Autowired MeetingFixtures fixtures;
    @Autowired SignIn signIn;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;

    @AfterEach
    void out() {
        SignIn.out();
    }

    private static FeedbackForm form(String couldBeBetter, boolean mayUseWords) {
        return new FeedbackForm(UUID.randomUUID().toString(), FeedbackAbout.SOCIAL_WORKER, null, 2, 3, 4, null,
                couldBeBetter, false, mayUseWords, null, null);
    }

    private static FeedbackForm anonymous(String couldBeBetter, TeamId team) {
        return new FeedbackForm(UUID.randomUUID().toString(), FeedbackAbout.TEAM, null, 1, null, null, null,
                couldBeBetter, false, true, team, null);
    }

    private TeamId team(String prefix) {
        return new TeamId(jdbc.sql("select id from team where name like :p").param("p", prefix + "%")
                .query(Long.class).single());
    }

    private long user(String username) {
        return jdbc.sql("select id from app_user where username = :u").param("u", username).query(Long.class).single();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), LONDON);
    }

    private Optional<Map<String, Object>> voiceItem(String origin, long originId) {
        return jdbc.sql("select * from voice_item where origin = :o and origin_id = :id")
                .param("o", origin).param("id", originId).query().listOfRows().stream().findFirst();
    }

    private int itemsContaining(String words) {
        return jdbc.sql("select count(*) from voice_item where text like :w or redacted_text like :w")
                .param("w", "%" + words + "%").query(Integer.class).single();
    }

    private int forms(TeamId team, String source) {
        return jdbc.sql("select coalesce(sum(forms), 0) from feedback_rollup where said_on = :d and team_id = :t "
                        + "and source = :s")
                .param("d", today()).param("t", team.value()).param("s", source).query(Integer.class).single();
    }

    /** All agenda-item words counted, as the dashboard reads them. */
    private int agendaCounted() {
        return jdbc.sql("select coalesce(sum(items), 0) from voice_rollup where origin = 'AGENDA_ITEM'")
                .query(Integer.class).single();
    }

    /** Theme counts of today's words about child-in-need meetings (nothing else adds to them during a test). */
    private int agendaThemesCounted() {
        return jdbc.sql("""
                        select coalesce(sum(items), 0) from theme_rollup where meeting_type = 'CHILD_IN_NEED'
                        and said_on = :d""")
                .param("d", today()).query(Integer.class).single();
    }

    private int terms(long voiceItemId) {
        return jdbc.sql("select count(*) from voice_item_term where item_id = :id").param("id", voiceItemId)
                .query(Integer.class).single();
    }

    @Test
    void feedbackWithoutPermissionIsCountedButItsWordsAreNeverStoredForThemes() {
        TeamId north = team("North");
        int formsBefore = forms(north, "PARENT");
        String words = unique("Nobody listened to me about the school run");

        signIn.as(SignIn.PARENT_HARPER);
        Receipt receipt = feedback.give(form(words, false));

        assertThat(voiceItem("FEEDBACK", receipt.id().value())).isEmpty();
        assertThat(itemsContaining(words)).isZero();
        assertThat(forms(north, "PARENT")).isEqualTo(formsBefore + 1);
    }

    @Test
    void feedbackWithPermissionIsTaggedAndItsQuoteLosesTheAuthorsNameAndPhoneNumber() {
        TeamId north = team("North");
        int formsBefore = forms(north, "PARENT");
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String words = "This is Leanne Harper. Nobody listened to me at the meeting and nobody rang back, call me on "
                + "07700 900123 please. " + marker;

        signIn.as(SignIn.PARENT_HARPER);
        Receipt receipt = feedback.give(form(words, true));

        Map<String, Object> item = voiceItem("FEEDBACK", receipt.id().value()).orElseThrow();
        assertThat(item.get("text")).isEqualTo(words);
        assertThat((String) item.get("redacted_text")).contains("Nobody listened to me", marker)
                .doesNotContain("Leanne", "Harper", "07700", "900123");
        assertThat(item.get("source")).isEqualTo("PARENT");
        assertThat(item.get("contributor_key")).isEqualTo("user:" + user(SignIn.PARENT_HARPER));
        assertThat(((Number) item.get("team_id")).longValue()).isEqualTo(north.value());
        assertThat(forms(north, "PARENT")).isEqualTo(formsBefore + 1);
    }

    @Test
    void eachAnonymousFormCountsAsADifferentPerson() {
        TeamId south = team("South");
        Receipt first = feedback.giveAnonymously(anonymous(unique("Nobody returned my calls"), south), "10.9.0.1");
        Receipt second = feedback.giveAnonymously(anonymous(unique("Nobody returned my calls"), south), "10.9.0.1");

        Map<String, Object> one = voiceItem("FEEDBACK", first.id().value()).orElseThrow();
        Map<String, Object> two = voiceItem("FEEDBACK", second.id().value()).orElseThrow();
        assertThat(one.get("source")).isEqualTo("ANONYMOUS");
        assertThat(one.get("family_id")).isNull();
        assertThat(one.get("contributor_key")).isEqualTo("anonymous:" + first.reference());
        assertThat(two.get("contributor_key")).isEqualTo("anonymous:" + second.reference())
                .isNotEqualTo(one.get("contributor_key"));
    }

    @Test
    void aPostMeetingCommentIsUsedOnlyWithConsent() {
        MeetingId meeting = fixtures.harperMeeting(Duration.ofDays(10));
        jdbc.sql("update meeting set starts_at = :t where id = :id")
                .param("t", Timestamp.from(clock.instant().minus(Duration.ofHours(3)))).param("id", meeting.value())
                .update();
        String kaisWords = unique("Nobody asked me what I wanted");
        String leannesWords = unique("I never know what happens next with the plan");

        signIn.as(SignIn.YOUNG_HARPER);
        after.answerCheck(meeting, CheckAnswer.NO, CheckAnswer.PARTLY, kaisWords, false);
        signIn.as(SignIn.PARENT_HARPER);
        after.answerCheck(meeting, CheckAnswer.PARTLY, CheckAnswer.NO, leannesWords, true);

        assertThat(voiceItem("MEETING_CHECK", check(meeting, SignIn.YOUNG_HARPER))).isEmpty();
        assertThat(itemsContaining(kaisWords)).isZero();
        Map<String, Object> leannes = voiceItem("MEETING_CHECK", check(meeting, SignIn.PARENT_HARPER)).orElseThrow();
        assertThat(leannes.get("text")).isEqualTo(leannesWords);
        assertThat(leannes.get("meeting_type")).isEqualTo("CHILD_IN_NEED");
    }

    private long check(MeetingId meeting, String username) {
        return jdbc.sql("select id from meeting_check where meeting_id = :m and user_id = :u")
                .param("m", meeting.value()).param("u", user(username)).query(Long.class).single();
    }

    @Test
    void anAgendaItemIsUsedOnlyWhileSharedWithEveryoneAndAllowed() {
        MeetingId meeting = fixtures.harperMeeting(Duration.ofDays(10));
        int counted = agendaCounted();
        int themesCounted = agendaThemesCounted();
        String kaisWords = unique("Nobody listens to me and I never know what is happening");
        String privateWords = unique("Nobody listens to me at home");
        String unconsented = unique("Nobody listens to me at school");

        signIn.as(SignIn.YOUNG_HARPER);
        ContributionId kai = contributions.add(meeting, ContributionKind.WORRIED_ABOUT, kaisWords, null,
                Visibility.EVERYONE, true);
        ContributionId kaiPrivate = contributions.add(meeting, ContributionKind.WORRIED_ABOUT, privateWords, null,
                Visibility.WORKER_ONLY, true);
        signIn.as(SignIn.PARENT_HARPER);
        ContributionId leanne = contributions.add(meeting, ContributionKind.WORRIED_ABOUT, unconsented, null,
                Visibility.EVERYONE, false);

        Map<String, Object> item = voiceItem("AGENDA_ITEM", kai.value()).orElseThrow();
        assertThat(item.get("text")).isEqualTo(kaisWords);
        assertThat(item.get("source")).isEqualTo("YOUNG_PERSON");
        assertThat(item.get("meeting_type")).isEqualTo("CHILD_IN_NEED");
        assertThat(item.get("contributor_key")).isEqualTo("user:" + user(SignIn.YOUNG_HARPER));
        assertThat(item.get("may_contact")).isEqualTo(false);
        assertThat(((Number) item.get("family_id")).longValue()).isEqualTo(fixtures.family(MeetingFixtures.HARPER).value());
        long voiceId = ((Number) item.get("id")).longValue();
        int themes = jdbc.sql("select count(*) from voice_item_theme where item_id = :id").param("id", voiceId)
                .query(Integer.class).single();
        assertThat(themes).as("the words are about being listened to and kept informed").isPositive();
        assertThat(terms(voiceId)).isPositive();
        assertThat(agendaCounted()).isEqualTo(counted + 1);
        assertThat(agendaThemesCounted()).isEqualTo(themesCounted + themes);
        assertThat(voiceItem("AGENDA_ITEM", kaiPrivate.value())).isEmpty();
        assertThat(voiceItem("AGENDA_ITEM", leanne.value())).isEmpty();
        assertThat(itemsContaining(privateWords)).isZero();
        assertThat(itemsContaining(unconsented)).isZero();

        // Leanne changes her mind and allows it: now it counts
        Contribution leannes = contributions.edit(leanne, version(leanne), ContributionKind.WORRIED_ABOUT, unconsented,
                null, Visibility.EVERYONE, true);
        assertThat(leannes.mayUseForImprovement()).isTrue();
        assertThat(voiceItem("AGENDA_ITEM", leanne.value())).isPresent();
        assertThat(agendaCounted()).isEqualTo(counted + 2);

        // Kai takes his consent back: his words leave the themes, the terms and every count
        signIn.as(SignIn.YOUNG_HARPER);
        contributions.edit(kai, version(kai), ContributionKind.WORRIED_ABOUT, kaisWords, null, Visibility.EVERYONE,
                false);
        assertThat(voiceItem("AGENDA_ITEM", kai.value())).isEmpty();
        assertThat(itemsContaining(kaisWords)).isZero();
        assertThat(terms(voiceId)).isZero();
        assertThat(agendaCounted()).isEqualTo(counted + 1);

        // ... and a shared, allowed item made "only my social worker" leaves too
        signIn.as(SignIn.PARENT_HARPER);
        contributions.edit(leanne, version(leanne), ContributionKind.WORRIED_ABOUT, unconsented, null,
                Visibility.WORKER_ONLY, true);
        assertThat(voiceItem("AGENDA_ITEM", leanne.value())).isEmpty();
        assertThat(agendaCounted()).isEqualTo(counted);
        assertThat(agendaThemesCounted()).isEqualTo(themesCounted);
    }

    @Test
    void aWithdrawnItemLeavesTheThemes() {
        MeetingId meeting = fixtures.harperMeeting(Duration.ofDays(10));
        int counted = agendaCounted();
        String words = unique("I want to see my dad more often");
        signIn.as(SignIn.PARENT_HARPER);
        ContributionId id = contributions.add(meeting, ContributionKind.LIKE_TO_HAPPEN, words, null,
                Visibility.EVERYONE, true);
        assertThat(voiceItem("AGENDA_ITEM", id.value())).isPresent();
        assertThat(agendaCounted()).isEqualTo(counted + 1);

        contributions.withdraw(id, version(id));

        assertThat(voiceItem("AGENDA_ITEM", id.value())).isEmpty();
        assertThat(itemsContaining(words)).isZero();
        assertThat(agendaCounted()).isEqualTo(counted);
    }

    private long version(ContributionId id) {
        return jdbc.sql("select version from meeting_contribution where id = :id").param("id", id.value())
                .query(Long.class).single();
    }

    @Test
    void theContributionFormsOldSignaturesNeverUseTheWords() {
        MeetingId meeting = fixtures.harperMeeting(Duration.ofDays(10));
        signIn.as(SignIn.PARENT_HARPER);
        ContributionId id = contributions.add(meeting, ContributionKind.QUESTION, unique("Who will be there?"), null,
                null);
        assertThat(contributions.mine(meeting)).filteredOn(c -> c.id().equals(id)).singleElement()
                .satisfies(c -> assertThat(c.mayUseForImprovement()).isFalse());
        assertThat(voiceItem("AGENDA_ITEM", id.value())).isEmpty();
    }
}

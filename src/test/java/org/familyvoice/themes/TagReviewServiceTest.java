package org.familyvoice.themes;

import org.familyvoice.IntegrationTest;
import org.familyvoice.Refusal;
import org.familyvoice.SignIn;
import org.familyvoice.TestClock;
import org.familyvoice.base.TeamId;
import org.familyvoice.base.audit.AuditAction;
import org.familyvoice.feedback.FeedbackAbout;
import org.familyvoice.feedback.FeedbackForm;
import org.familyvoice.feedback.FeedbackService;
import org.familyvoice.feedback.Receipt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.familyvoice.meetings.MeetingFixtures.unique;

/**
 * Staff confirm or correct the themes of what families wrote. Two teams: the Harpers (North, Priya's) and the
 * Adeyemis (South, Dana's), and anonymous feedback for the South team. Who sees and changes what; a correction moves
 * the counts and is kept; keyword suggestions come from corrected items.
 */
@IntegrationTest
class TagReviewServiceTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired TagReviewService review;
    @Autowired FeedbackService feedback;
    @Autowired Taxonomy taxonomy;
    @Autowired SignIn signIn;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;

    @AfterEach
    void out() {
        SignIn.out();
    }

    /** Feedback whose author allowed their words to be used; the id of the voice item it made. */
    private long said(String username, String words) {
        signIn.as(username);
        Receipt receipt = feedback.give(new FeedbackForm(UUID.randomUUID().toString(), FeedbackAbout.SOCIAL_WORKER,
                null, null, null, null, null, words, false, true, null, null));
        SignIn.out();
        return voiceItem(receipt);
    }

    private long saidAnonymously(String words, TeamId team) {
        Receipt receipt = feedback.giveAnonymously(new FeedbackForm(UUID.randomUUID().toString(), FeedbackAbout.TEAM,
                null, null, null, null, null, words, false, true, team, null), "10.8." + System.nanoTime() % 250 + ".1");
        return voiceItem(receipt);
    }

    private long voiceItem(Receipt receipt) {
        return jdbc.sql("select id from voice_item where origin = 'FEEDBACK' and origin_id = :id")
                .param("id", receipt.id().value()).query(Long.class).single();
    }

    private TeamId team(String prefix) {
        return new TeamId(jdbc.sql("select id from team where name like :p").param("p", prefix + "%")
                .query(Long.class).single());
    }

    private ThemeRef theme(String code) {
        return taxonomy.current().byCode().get(code);
    }

    private List<String> themeCodes(long item) {
        return jdbc.sql("""
                        select t.code from voice_item_theme it join theme t on t.id = it.theme_id
                        where it.item_id = :id order by t.code""")
                .param("id", item).query(String.class).list();
    }

    private List<Long> shown(ReviewFilter filter) {
        return review.items(filter, null, 10_000).stream().map(ReviewItem::id).toList();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), LONDON);
    }

    private int themeCount(long themeId, String sentiment, TeamId team) {
        return jdbc.sql("""
                        select coalesce(sum(items), 0) from theme_rollup where theme_id = :t and said_on = :d
                        and team_id = :team and source = 'PARENT' and meeting_type = 'NONE' and sentiment = :s""")
                .param("t", themeId).param("d", today()).param("team", team.value()).param("s", sentiment)
                .query(Integer.class).single();
    }

    private int voiceCount(String sentiment, TeamId team) {
        return jdbc.sql("""
                        select coalesce(sum(items), 0) from voice_rollup where said_on = :d and team_id = :team
                        and source = 'PARENT' and meeting_type = 'NONE' and origin = 'FEEDBACK' and sentiment = :s""")
                .param("d", today()).param("team", team.value()).param("s", sentiment).query(Integer.class).single();
    }

    /** Every rollup cell with items in it equals a count of the items' themes (the dashboard's numbers are right). */
    private void rollupsEqualARecount() {
        Map<String, Integer> rollup = new HashMap<>();
        jdbc.sql("select theme_id, said_on, team_id, source, meeting_type, sentiment, items from theme_rollup "
                        + "where items <> 0")
                .query((rs, n) -> rollup.put(rs.getLong(1) + "/" + rs.getObject(2, LocalDate.class) + "/"
                        + rs.getLong(3) + "/" + rs.getString(4) + "/" + rs.getString(5) + "/" + rs.getString(6),
                        rs.getInt(7))).list();
        Map<String, Integer> recount = new HashMap<>();
        jdbc.sql("""
                        select it.theme_id, it.said_on, it.team_id, it.source, it.meeting_type, v.sentiment, count(*)
                        from voice_item_theme it join voice_item v on v.id = it.item_id
                        group by it.theme_id, it.said_on, it.team_id, it.source, it.meeting_type, v.sentiment""")
                .query((rs, n) -> recount.put(rs.getLong(1) + "/" + rs.getObject(2, LocalDate.class) + "/"
                        + rs.getLong(3) + "/" + rs.getString(4) + "/" + rs.getString(5) + "/" + rs.getString(6),
                        rs.getInt(7))).list();
        assertThat(rollup).isEqualTo(recount);
        assertThat(jdbc.sql("select count(*) from voice_item_theme it join voice_item v on v.id = it.item_id "
                + "where it.sentiment <> v.sentiment").query(Integer.class).single())
                .as("an item's themes carry its sentiment").isZero();
    }

    @Test
    void staffSeeTheirTeamsItemsOnlyAndOnlyThoseWhoMayChangeTheFamilyCorrectIt() {
        long harper = said(SignIn.PARENT_HARPER, unique("Nobody listened to me"));
        long adeyemi = said(SignIn.PARENT_ADEYEMI, unique("Dana listened and helped"));
        long anonymousSouth = saidAnonymously(unique("Nobody returned my calls"), team("South"));
        long school = theme("SCHOOL").id();

        // Priya: the Harpers are hers
        signIn.as(SignIn.PRACTITIONER_NORTH);
        assertThat(shown(ReviewFilter.ALL)).contains(harper).doesNotContain(adeyemi, anonymousSouth);
        assertThat(review.item(harper).mayChange()).isTrue();

        // Sam, same team, not allocated: reads, may not change
        signIn.as(SignIn.PRACTITIONER_NORTH_2);
        assertThat(shown(ReviewFilter.ALL)).contains(harper).doesNotContain(adeyemi, anonymousSouth);
        assertThat(review.item(harper).mayChange()).isFalse();
        assertThatThrownBy(() -> review.correct(harper, List.of(school), Sentiment.NEGATIVE))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> review.confirm(harper)).isInstanceOf(AccessDeniedException.class);

        // Dana (South): the Harpers' item is "not found", exactly like an item that does not exist
        signIn.as(SignIn.PRACTITIONER_SOUTH);
        assertThat(shown(ReviewFilter.ALL)).contains(adeyemi).doesNotContain(harper, anonymousSouth);
        long missing = Long.MAX_VALUE - 7;
        assertThatThrownBy(() -> review.item(harper)).isInstanceOf(AccessDeniedException.class)
                .hasMessageEndingWith(": no such item");
        assertThatThrownBy(() -> review.item(missing)).isInstanceOf(AccessDeniedException.class)
                .hasMessageEndingWith(": no such item");
        assertThatThrownBy(() -> review.correct(harper, List.of(school), Sentiment.NEGATIVE))
                .isInstanceOf(AccessDeniedException.class).hasMessageEndingWith(": no such item");
        assertThatThrownBy(() -> review.history(harper)).isInstanceOf(AccessDeniedException.class);

        // managers: their team's families and their team's anonymous feedback
        signIn.as(SignIn.MANAGER_SOUTH);
        assertThat(shown(ReviewFilter.ALL)).contains(adeyemi, anonymousSouth).doesNotContain(harper);
        assertThat(review.item(anonymousSouth).mayChange()).isTrue();
        signIn.as(SignIn.MANAGER_NORTH);
        assertThat(shown(ReviewFilter.ALL)).contains(harper).doesNotContain(adeyemi, anonymousSouth);
        assertThatThrownBy(() -> review.confirm(anonymousSouth)).isInstanceOf(AccessDeniedException.class);

        // nothing changed by the refusals; each was audited
        assertThat(jdbc.sql("select count(*) from tag_change where item_id = :id").param("id", harper)
                .query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'ACCESS_DENIED' and target = :t")
                .param("t", "voice-item:" + harper).query(Integer.class).single()).isGreaterThanOrEqualTo(4);

        // family members and administrators do not review at all
        for (String who : List.of(SignIn.PARENT_HARPER, SignIn.ADMIN)) {
            signIn.as(who);
            assertThatThrownBy(() -> review.items(ReviewFilter.ALL, null, 10)).as(who)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> review.correct(harper, List.of(school), Sentiment.NEGATIVE)).as(who)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> review.keywordSuggestions(school)).as(who)
                    .isInstanceOf(AccessDeniedException.class);
        }
        signIn.as(SignIn.PRACTITIONER_NORTH);
        assertThatThrownBy(() -> review.keywordSuggestions(school)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aCorrectionMovesTheCountsAndIsKeptInTheHistory() {
        TeamId north = team("North");
        long item = said(SignIn.PARENT_HARPER, unique("Nobody listened to me and I was ignored"));
        assertThat(themeCodes(item)).as("the tagger's view").containsExactly("LISTENED_TO");
        ThemeRef listened = theme("LISTENED_TO");
        ThemeRef school = theme("SCHOOL");
        String before = jdbc.sql("select sentiment from voice_item where id = :id").param("id", item)
                .query(String.class).single();
        assertThat(before).isEqualTo("NEGATIVE");
        int listenedBefore = themeCount(listened.id(), "NEGATIVE", north);
        int schoolBefore = themeCount(school.id(), "MIXED", north);
        int negativeBefore = voiceCount("NEGATIVE", north);
        int mixedBefore = voiceCount("MIXED", north);

        signIn.as(SignIn.PRACTITIONER_NORTH);
        ReviewItem corrected = review.correct(item, List.of(school.id()), Sentiment.MIXED);

        assertThat(corrected.themes()).containsExactly(school);
        assertThat(corrected.sentiment()).isEqualTo(Sentiment.MIXED);
        assertThat(corrected.reviewedBy()).isEqualTo("Priya Shah");
        assertThat(themeCount(listened.id(), "NEGATIVE", north)).isEqualTo(listenedBefore - 1);
        assertThat(themeCount(school.id(), "MIXED", north)).isEqualTo(schoolBefore + 1);
        assertThat(voiceCount("NEGATIVE", north)).isEqualTo(negativeBefore - 1);
        assertThat(voiceCount("MIXED", north)).isEqualTo(mixedBefore + 1);
        rollupsEqualARecount();

        List<TagChange> history = review.history(item);
        assertThat(history).singleElement().satisfies(c -> {
            assertThat(c.changedBy()).isEqualTo("Priya Shah");
            assertThat(c.changedAt()).isCloseTo(clock.instant(), within(1, ChronoUnit.SECONDS));
            assertThat(c.themesBefore()).containsExactly("Being listened to");
            assertThat(c.themesAfter()).containsExactly("School and education");
            assertThat(c.sentimentBefore()).isEqualTo(Sentiment.NEGATIVE);
            assertThat(c.sentimentAfter()).isEqualTo(Sentiment.MIXED);
        });
        assertThat(corrected.changes()).isEqualTo(history);

        // a second correction is kept too, and the manager of the team may make it
        signIn.as(SignIn.MANAGER_NORTH);
        ReviewItem again = review.correct(item, List.of(school.id(), listened.id()), Sentiment.MIXED);
        assertThat(again.themes()).containsExactlyInAnyOrder(school, listened);
        assertThat(again.changes()).hasSize(2);
        assertThat(again.changes().get(1).changedBy()).isEqualTo("Morgan Reid");
        assertThat(again.changes().get(1).themesBefore()).containsExactly("School and education");
        assertThat(again.changes().get(1).themesAfter()).containsExactly("Being listened to", "School and education");
        assertThat(again.changes().get(1).sentimentChanged()).isFalse();
        assertThat(themeCount(listened.id(), "MIXED", north)).isPositive();
        rollupsEqualARecount();

        assertThat(jdbc.sql("select action from audit_event where target = :t order by id")
                .param("t", "voice-item:" + item).query(String.class).list())
                .containsExactly(AuditAction.THEME_TAGS_CORRECTED.name(), AuditAction.THEME_TAGS_CORRECTED.name());
    }

    @Test
    void confirmingMarksTheItemCheckedAndAFilterLeavesItOut() {
        long item = said(SignIn.PARENT_HARPER, unique("Nobody listened to me"));
        ReviewFilter unchecked = new ReviewFilter(true, null);
        signIn.as(SignIn.PRACTITIONER_NORTH);
        assertThat(shown(unchecked)).contains(item);
        assertThat(shown(new ReviewFilter(false, theme("LISTENED_TO").id()))).contains(item);
        assertThat(shown(new ReviewFilter(false, theme("SCHOOL").id()))).doesNotContain(item);
        int before = review.count(unchecked);

        ReviewItem confirmed = review.confirm(item);

        assertThat(confirmed.reviewed()).isTrue();
        assertThat(confirmed.reviewedBy()).isEqualTo("Priya Shah");
        assertThat(confirmed.changes()).isEmpty();
        assertThat(shown(unchecked)).doesNotContain(item);
        assertThat(review.count(unchecked)).isEqualTo(before - 1);
        assertThat(jdbc.sql("select action from audit_event where target = :t").param("t", "voice-item:" + item)
                .query(String.class).list()).containsExactly(AuditAction.THEME_TAGS_CONFIRMED.name());
        // the same themes and feeling sent as a correction are a confirmation, not a change
        ReviewItem same = review.correct(item, List.of(theme("LISTENED_TO").id()), confirmed.sentiment());
        assertThat(same.changes()).isEmpty();
    }

    @Test
    void theNextPageFollowsTheLastItemShownSoItemsCheckedMeanwhileSkipNothing() {
        List<Long> mine = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            mine.add(said(SignIn.PARENT_HARPER, unique("Nobody listened to me, time " + i)));
        }
        // Newest of everything the suite has stored (other tests store words at other moments of the shared clock).
        for (int i = 0; i < mine.size(); i++) {
            jdbc.sql("update voice_item set said_at = :at where id = :id")
                    .param("at", java.sql.Timestamp.from(java.time.Instant.parse("2099-01-01T00:00:00Z").plusSeconds(i)))
                    .param("id", mine.get(i)).update();
        }
        ReviewFilter unchecked = new ReviewFilter(true, null);
        signIn.as(SignIn.PRACTITIONER_NORTH);
        List<ReviewItem> first = review.items(unchecked, null, 2);
        assertThat(first).extracting(ReviewItem::id).containsExactly(mine.get(3), mine.get(2));
        first.forEach(item -> review.confirm(item.id()));

        List<ReviewItem> next = review.items(unchecked, first.getLast(), 2);
        assertThat(next).extracting(ReviewItem::id).containsExactly(mine.get(1), mine.get(0));
        assertThat(jdbc.sql("select details from audit_event where action = 'THEME_REVIEW_VIEWED' order by id desc")
                .query(String.class).list().getFirst()).isEqualTo("items " + mine.get(1) + "," + mine.get(0));
    }

    @Test
    void aCorrectionIsRefusedWithAMessageWhenItCannotBeRight() {
        long item = said(SignIn.PARENT_HARPER, unique("Nobody listened to me"));
        signIn.as(SignIn.PRACTITIONER_NORTH);
        List<Long> four = taxonomy.current().themes().stream().limit(4).map(ThemeRef::id).toList();
        assertThat(Refusal.of(() -> review.correct(item, four, Sentiment.NEGATIVE)))
                .isEqualTo("tag-review.error.too-many");
        assertThat(Refusal.of(() -> review.correct(item, List.of(-5L), Sentiment.NEGATIVE)))
                .isEqualTo("tag-review.error.unknown-theme");
        assertThat(Refusal.of(() -> review.correct(item, List.of(), null))).isEqualTo("tag-review.error.sentiment");
        assertThat(themeCodes(item)).containsExactly("LISTENED_TO");

        // no theme fits: allowed
        ReviewItem none = review.correct(item, List.of(), Sentiment.NEUTRAL);
        assertThat(none.themes()).isEmpty();
        assertThat(none.changes()).singleElement().satisfies(c -> assertThat(c.themesAfter()).isEmpty());
        rollupsEqualARecount();
    }

    @Test
    void wordsSharedByTwoItemsStaffGaveATheme_areSuggestedAsItsKeywords() {
        ThemeRef money = theme("MONEY_HOUSING");
        ThemeTagger tagger = taxonomy.current().tagger();
        assertThat(tagger.covers("allot")).as("no theme knows allotments yet").isFalse();

        // the tagger gave MONEY_HOUSING itself here: staff keeping it does not make its words a suggestion
        long taggerGave = said(SignIn.PARENT_HARPER, unique("We cannot pay the rent and the allotment fees"));
        assertThat(themeCodes(taggerGave)).contains("MONEY_HOUSING");
        long first = said(SignIn.PARENT_HARPER, unique("We lost our allotment when we had to move"));
        long second = said(SignIn.PARENT_HARPER, unique("Getting the allotment back would mean a lot to the kids"));
        assertThat(themeCodes(first)).doesNotContain("MONEY_HOUSING");
        assertThat(themeCodes(second)).doesNotContain("MONEY_HOUSING");

        signIn.as(SignIn.PRACTITIONER_NORTH);
        review.correct(taggerGave, List.of(money.id(), theme("FAMILY_CONTACT").id()), Sentiment.NEGATIVE);
        review.correct(first, List.of(money.id()), Sentiment.NEGATIVE);
        signIn.as(SignIn.MANAGER_NORTH);
        assertThat(review.keywordSuggestions(money.id())).extracting(KeywordSuggestion::term).doesNotContain("allot");

        signIn.as(SignIn.PRACTITIONER_NORTH);
        review.correct(second, List.of(money.id()), Sentiment.MIXED);
        signIn.as(SignIn.MANAGER_NORTH);
        List<KeywordSuggestion> suggestions = review.keywordSuggestions(money.id());
        assertThat(suggestions).contains(new KeywordSuggestion("allot", 2));
        assertThat(suggestions).hasSizeLessThanOrEqualTo(TagReviewService.MAX_SUGGESTIONS)
                .allSatisfy(s -> assertThat(tagger.covers(s.term())).as(s.term()).isFalse())
                .allSatisfy(s -> assertThat(s.items()).isGreaterThanOrEqualTo(2));
        assertThat(suggestions).extracting(KeywordSuggestion::items).isSortedAccordingTo(
                java.util.Comparator.reverseOrder());
        assertThat(review.keywordSuggestions(theme("SCHOOL").id())).extracting(KeywordSuggestion::term)
                .doesNotContain("allot");

        // another team's manager sees no suggestions from the North team's families
        signIn.as(SignIn.MANAGER_SOUTH);
        assertThat(review.keywordSuggestions(money.id())).extracting(KeywordSuggestion::term).doesNotContain("allot");
    }
}

package org.familyvoice.feedback;

import org.familyvoice.IntegrationTest;
import org.familyvoice.Refusal;
import org.familyvoice.SignIn;
import org.familyvoice.base.TeamId;
import org.familyvoice.base.audit.AuditAction;
import org.familyvoice.base.audit.AuditEvent;
import org.familyvoice.base.audit.AuditLog;
import org.familyvoice.notifications.NotificationService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Feedback with two families in two teams: who can give, see, read and reply to what; bad input; double sends. */
@IntegrationTest
class FeedbackServiceTest {

    @Autowired FeedbackService feedback;
    @Autowired SafeguardingService safeguarding;
    @Autowired NotificationService notifications;
    @Autowired SignIn signIn;
    @Autowired JdbcClient jdbc;
    @Autowired AuditLog audit;

    @AfterEach
    void out() {
        SignIn.out();
    }

    static FeedbackForm form(String wentWell, String couldBeBetter, boolean mayContact) {
        return new FeedbackForm(UUID.randomUUID().toString(), FeedbackAbout.SOCIAL_WORKER, null, 4, 3, 5, wentWell,
                couldBeBetter, mayContact, false, null, null);
    }

    static FeedbackForm anonymous(String text, TeamId team, boolean mayContact, String contact) {
        return new FeedbackForm(UUID.randomUUID().toString(), FeedbackAbout.TEAM, null, 1, null, null, null, text,
                mayContact, false, team, contact);
    }

    private TeamId team(String prefix) {
        return new TeamId(jdbc.sql("select id from team where name like :p").param("p", prefix + "%")
                .query(Long.class).single());
    }

    private int stored() {
        return jdbc.sql("select count(*) from feedback").query(Integer.class).single();
    }

    private FeedbackSummary find(String reference) {
        return feedback.find(FeedbackFilter.NONE, 0, 1000).stream().filter(s -> s.reference().equals(reference))
                .findFirst().orElseThrow(() -> new AssertionError(reference + " not in the list"));
    }

    private boolean sees(String reference) {
        return feedback.find(FeedbackFilter.NONE, 0, 1000).stream().anyMatch(s -> s.reference().equals(reference));
    }

    @Test
    void aParentsFeedbackIsTheirsToSeeAndReachesOnlyTheStaffItConcerns() {
        signIn.as(SignIn.PARENT_HARPER);
        String words = "Priya listened " + UUID.randomUUID();
        Receipt receipt = feedback.give(form(words, "Letters came late", true));
        assertThat(ReferenceCodes.isWellFormed(receipt.reference())).as(receipt.reference()).isTrue();
        assertThat(receipt.flagged()).isFalse();
        assertThat(receipt.replyExpectedBy()).isNotNull();
        Feedback mine = feedback.myFeedback(0, 50).stream().filter(f -> f.reference().equals(receipt.reference()))
                .findFirst().orElseThrow();
        assertThat(mine.wentWell()).isEqualTo(words);
        assertThat(mine.status()).isEqualTo(FeedbackStatus.RECEIVED);
        assertThat(mine.source()).isEqualTo(FeedbackSource.PARENT);

        signIn.as(SignIn.PARENT_NOVAK);
        assertThat(feedback.myFeedback(0, 500)).noneMatch(f -> f.reference().equals(receipt.reference()));

        signIn.as(SignIn.PRACTITIONER_NORTH);        // Harper's allocated worker
        FeedbackSummary line = find(receipt.reference());
        assertThat(line.familyName()).isEqualTo("The Harper family");
        assertThat(line.practitionerName()).isEqualTo("Priya Shah");
        signIn.as(SignIn.MANAGER_NORTH);
        assertThat(sees(receipt.reference())).isTrue();

        for (String outsider : List.of(SignIn.PRACTITIONER_NORTH_2, SignIn.PRACTITIONER_SOUTH, SignIn.MANAGER_SOUTH)) {
            signIn.as(outsider);
            assertThat(sees(receipt.reference())).as(outsider).isFalse();
            assertThatThrownBy(() -> feedback.open(receipt.id())).as(outsider).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> feedback.reply(receipt.id(), "hello")).as(outsider)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> feedback.markRead(receipt.id())).as(outsider)
                    .isInstanceOf(AccessDeniedException.class);
        }
        signIn.as(SignIn.ADMIN);
        assertThatThrownBy(() -> feedback.find(FeedbackFilter.NONE, 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> feedback.open(receipt.id())).isInstanceOf(AccessDeniedException.class);
        signIn.as(SignIn.PARENT_HARPER);
        assertThatThrownBy(() -> feedback.open(receipt.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> feedback.find(FeedbackFilter.NONE, 0, 10)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void openingIsAuditedReadingAndReplyingReachTheParentWithANotification() {
        signIn.as(SignIn.PARENT_HARPER);
        Receipt receipt = feedback.give(form("Good visit", null, true));
        int unreadBefore = notifications.unreadCount();

        signIn.as(SignIn.MANAGER_NORTH);
        Feedback opened = feedback.open(receipt.id());
        assertThat(opened.authorName()).isEqualTo("Leanne Harper");
        signIn.as(SignIn.ADMIN);
        assertThat(audit.newest(0, 20)).filteredOn(e -> ("feedback:" + receipt.reference()).equals(e.target()))
                .extracting(AuditEvent::action).containsExactly(AuditAction.FEEDBACK_VIEWED);
        signIn.as(SignIn.MANAGER_NORTH);
        assertThat(feedback.markRead(receipt.id()).status()).isEqualTo(FeedbackStatus.READ);
        assertThat(Refusal.of(() -> feedback.reply(receipt.id(), "  \n "))).isEqualTo("feedback.error.reply-empty");
        Feedback replied = feedback.reply(receipt.id(), "Thank you, Leanne. I'll make sure letters go out a week ahead.");
        assertThat(replied.status()).isEqualTo(FeedbackStatus.REPLIED);

        signIn.as(SignIn.PARENT_HARPER);
        Feedback mine = feedback.myFeedback(0, 50).stream().filter(f -> f.id().equals(receipt.id())).findFirst().orElseThrow();
        assertThat(mine.status()).isEqualTo(FeedbackStatus.REPLIED);
        assertThat(mine.replies()).singleElement().satisfies(r -> {
            assertThat(r.authorName()).isEqualTo("Morgan Reid");
            assertThat(r.text()).startsWith("Thank you, Leanne.");
        });
        assertThat(notifications.unreadCount()).isEqualTo(unreadBefore + 1);
        assertThat(notifications.mine().getFirst().messageArg()).isEqualTo(receipt.reference());
        notifications.markAllRead();
        assertThat(notifications.unreadCount()).isZero();
        signIn.as(SignIn.PARENT_NOVAK);
        assertThat(notifications.mine()).noneMatch(n -> receipt.reference().equals(n.messageArg()));
    }

    @Test
    void noReplyWhenThePersonDidNotAskToBeContacted() {
        signIn.as(SignIn.PARENT_HARPER);
        Receipt receipt = feedback.give(form("Fine", null, false));
        assertThat(receipt.replyExpectedBy()).isNull();
        signIn.as(SignIn.PRACTITIONER_NORTH);
        assertThat(Refusal.of(() -> feedback.reply(receipt.id(), "Thanks"))).isEqualTo("feedback.error.no-contact");
    }

    @Test
    void aDoubleClickOrARetryStoresOneCopy() throws Exception {
        signIn.as(SignIn.PARENT_HARPER);
        FeedbackForm form = form("Sent twice", null, false);
        Receipt first = feedback.give(form);
        Receipt again = feedback.give(form);
        assertThat(again.reference()).isEqualTo(first.reference());
        assertThat(jdbc.sql("select count(*) from feedback where went_well = 'Sent twice'").query(Integer.class).single())
                .isEqualTo(1);

        // the same form from two threads at the same moment
        FeedbackForm racing = form("Sent at once " + UUID.randomUUID(), null, false);
        var user = signIn.as(SignIn.PARENT_HARPER);
        Callable<String> send = () -> {
            signIn.as(SignIn.PARENT_HARPER);
            try {
                return feedback.give(racing).reference();
            } finally {
                SignIn.out();
            }
        };
        try (var pool = Executors.newFixedThreadPool(4)) {
            List<Future<String>> results = pool.invokeAll(List.of(send, send, send, send));
            String reference = results.getFirst().get();
            for (Future<String> r : results) {
                assertThat(r.get()).isEqualTo(reference);
            }
        }
        assertThat(user).isNotNull();
        assertThat(jdbc.sql("select count(*) from feedback where went_well = :w").param("w", racing.wentWell())
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void badInputGetsAClearMessageAndNothingIsHalfSaved() {
        signIn.as(SignIn.PARENT_HARPER);
        int before = stored();
        assertThat(Refusal.of(() -> feedback.give(new FeedbackForm(UUID.randomUUID().toString(), FeedbackAbout.OTHER,
                null, null, null, null, null, null, false, false, null, null)))).isEqualTo("feedback.error.empty");
        assertThat(Refusal.of(() -> feedback.give(new FeedbackForm(UUID.randomUUID().toString(), FeedbackAbout.OTHER,
                " ", null, null, null, "   \n\t ", " ", true, true, null, null)))).isEqualTo("feedback.error.empty");
        assertThat(Refusal.of(() -> feedback.give(form("x".repeat(4001), null, false))))
                .isEqualTo("feedback.error.too-long.went-well");
        assertThat(Refusal.of(() -> feedback.give(form(null, "y".repeat(1024 * 1024), false))))
                .isEqualTo("feedback.error.too-long.could-be-better");
        assertThat(Refusal.of(() -> feedback.give(form("before\u0000after", null, false))))
                .isEqualTo("feedback.error.hidden-characters.went-well");
        assertThat(Refusal.of(() -> feedback.give(new FeedbackForm(UUID.randomUUID().toString(), FeedbackAbout.OTHER,
                null, 0, null, null, "ok", null, false, false, null, null)))).isEqualTo("feedback.error.rating");
        assertThat(stored()).isEqualTo(before);
        // exactly at the limit is fine, emoji count as what the browser counts
        String full = "\uD83D\uDE00".repeat(2000);
        Receipt receipt = feedback.give(form(full, null, false));
        assertThat(feedback.myFeedback(0, 50).stream().filter(f -> f.id().equals(receipt.id())).findFirst().orElseThrow()
                .wentWell()).isEqualTo(full);
    }

    @Test
    void hiddenCharactersFromOtherSystemsAreRefusedWithTheFieldsMessageButOtherScriptsAndEmojiAreKept() {
        signIn.as(SignIn.PARENT_HARPER);
        int before = stored();
        // a C1 control (NEL, as mis-decoded Windows text brings) and the Unicode line separator: refused since
        // feedback follows the portal's one rule, each naming the field it is in
        assertThat(Refusal.of(() -> feedback.give(form("They listened\u0085to us", null, false))))
                .isEqualTo("feedback.error.hidden-characters.went-well");
        assertThat(Refusal.of(() -> feedback.give(form(null, "Call back\u2028sooner", false))))
                .isEqualTo("feedback.error.hidden-characters.could-be-better");
        assertThat(Refusal.of(() -> feedback.give(new FeedbackForm(UUID.randomUUID().toString(),
                FeedbackAbout.OTHER, "School \u009b1m nurse", 4, null, null, "ok", null, false, false, null, null))))
                .isEqualTo("feedback.error.hidden-characters.detail");
        SignIn.out();
        assertThat(Refusal.of(() -> feedback.giveAnonymously(
                anonymous("Please ring", team("South"), true, "07700 900123\u0085"), "198.51.100.91")))
                .isEqualTo("feedback.error.hidden-characters.contact");
        assertThat(stored()).isEqualTo(before);

        // right-to-left text with its marks, a family emoji joined by ZWJ, line breaks: stored as typed
        signIn.as(SignIn.PARENT_HARPER);
        String typed = "\u0634\u0643\u0631\u0627\u064B \u200F\u05EA\u05D5\u05D3\u05D4\u200E\n"
                + "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67\tthanks " + UUID.randomUUID();
        Receipt receipt = feedback.give(form(typed, null, false));
        assertThat(feedback.myFeedback(0, 50).stream().filter(f -> f.id().equals(receipt.id())).findFirst().orElseThrow()
                .wentWell()).isEqualTo(typed);
    }

    @Test
    void aDisclosureIsFlaggedAndReachesTheTeamsDutyQueueWithTheFeedback() {
        signIn.as(SignIn.YOUNG_HARPER);
        String words = "my stepdad hits me and im scared to go home " + UUID.randomUUID();
        Receipt receipt = feedback.give(form(null, words, false));
        assertThat(receipt.flagged()).isTrue();

        for (String duty : List.of(SignIn.MANAGER_NORTH, SignIn.PRACTITIONER_NORTH_2)) {
            signIn.as(duty);
            assertThat(safeguarding.queue(false, 0, 500)).as(duty)
                    .anySatisfy(a -> {
                        assertThat(a.text()).contains(words);
                        assertThat(a.author()).isEqualTo("Kai Harper (young person)");
                        assertThat(a.concerns()).contains(Concern.VIOLENCE);
                    });
        }
        signIn.as(SignIn.MANAGER_SOUTH);
        assertThat(safeguarding.queue(true, 0, 500)).noneMatch(a -> a.text().contains(words));
        signIn.as(SignIn.PRACTITIONER_NORTH);   // not on the duty rota
        assertThatThrownBy(() -> safeguarding.queue(false, 0, 10)).isInstanceOf(AccessDeniedException.class);

        signIn.as(SignIn.PRACTITIONER_NORTH);
        assertThat(find(receipt.reference()).flagged()).isTrue();
    }

    @Test
    void anonymousFeedbackGoesToTheChosenTeamsManagersOrToAllManagersAndIsLimitedPerAddress() {
        TeamId south = team("South");
        Receipt toSouth = feedback.giveAnonymously(anonymous("Nobody called back", south, false, null), "198.51.100.1");
        Receipt toNobody = feedback.giveAnonymously(
                new FeedbackForm(UUID.randomUUID().toString(), FeedbackAbout.OTHER, null, null, null, 2, null,
                        "Hard to find the number", true, false, null, "07700 900123"), "198.51.100.1");
        assertThat(toNobody.replyExpectedBy()).isNotNull();

        signIn.as(SignIn.MANAGER_SOUTH);
        assertThat(sees(toSouth.reference())).isTrue();
        assertThat(sees(toNobody.reference())).isTrue();
        assertThat(feedback.open(toNobody.id()).contactDetails()).isEqualTo("07700 900123");
        assertThat(feedback.find(new FeedbackFilter(null, null, null, FeedbackSource.ANONYMOUS, null, null), 0, 500))
                .allMatch(s -> s.source() == FeedbackSource.ANONYMOUS).isNotEmpty();
        assertThat(feedback.find(new FeedbackFilter(null, null, null, null, RatingBand.LOW, null), 0, 500))
                .extracting(FeedbackSummary::reference).contains(toSouth.reference(), toNobody.reference());
        assertThat(feedback.find(new FeedbackFilter(null, null, null, null, RatingBand.HIGH, null), 0, 500))
                .extracting(FeedbackSummary::reference).doesNotContain(toSouth.reference());
        signIn.as(SignIn.MANAGER_NORTH);
        assertThat(sees(toSouth.reference())).isFalse();
        assertThat(sees(toNobody.reference())).isTrue();
        signIn.as(SignIn.PRACTITIONER_SOUTH);
        assertThat(sees(toSouth.reference())).isFalse();
        SignIn.out();

        assertThat(Refusal.of(() -> feedback.giveAnonymously(anonymous("Call me", south, true, " "), "198.51.100.2")))
                .isEqualTo("feedback.error.contact-needed");
        assertThat(Refusal.of(() -> feedback.giveAnonymously(anonymous("Which team", new TeamId(987654), false, null),
                "198.51.100.2"))).isEqualTo("feedback.error.no-such-team");

        String address = "198.51.100.77";
        for (int i = 0; i < 5; i++) {
            feedback.giveAnonymously(anonymous("Try " + i, south, false, null), address);
        }
        int before = stored();
        assertThat(Refusal.of(() -> feedback.giveAnonymously(anonymous("One too many", south, false, null), address)))
                .isEqualTo("feedback.error.too-many");
        assertThat(stored()).isEqualTo(before);
        feedback.giveAnonymously(anonymous("Another address", south, false, null), "198.51.100.78");
    }

    @Test
    void filtersNarrowTheListByStatusAndSource() {
        signIn.as(SignIn.PARENT_HARPER);
        Receipt receipt = feedback.give(form("Filter me " + UUID.randomUUID(), null, true));
        signIn.as(SignIn.PRACTITIONER_NORTH);
        var received = new FeedbackFilter(null, null, null, FeedbackSource.PARENT, null, FeedbackStatus.RECEIVED);
        assertThat(feedback.find(received, 0, 500)).extracting(FeedbackSummary::reference).contains(receipt.reference());
        assertThat(feedback.count(received)).isEqualTo(feedback.find(received, 0, 500).size());
        feedback.markRead(receipt.id());
        assertThat(feedback.find(received, 0, 500)).extracting(FeedbackSummary::reference).doesNotContain(receipt.reference());
        var young = new FeedbackFilter(null, null, null, FeedbackSource.YOUNG_PERSON, null, null);
        assertThat(feedback.find(young, 0, 500)).allMatch(s -> s.source() == FeedbackSource.YOUNG_PERSON);
    }
}

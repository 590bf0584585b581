package org.familyvoice.meetings.ui;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.VaadinSession;
import org.familyvoice.KaribuTest;
import org.familyvoice.SignIn;
import org.familyvoice.base.live.LiveUpdates;
import org.familyvoice.meetings.ContributionKind;
import org.familyvoice.meetings.ContributionService;
import org.familyvoice.meetings.MeetingFixtures;
import org.familyvoice.meetings.MeetingId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The worker has the Harpers' meeting open; Leanne adds an item from her own session (another thread, its own
 * sign-in, its own committed transaction). Without any click by the worker, their page shows the item and their bell
 * counts one more. A change that rolls back pushes nothing; leaving the page leaves no subscription behind.
 */
class LiveUpdatesViewTest extends KaribuTest {

    @Autowired JdbcClient jdbc;
    @Autowired MeetingFixtures fixtures;
    @Autowired ContributionService contributions;
    @Autowired LiveUpdates live;
    @Autowired PlatformTransactionManager transactions;

    private static List<String> items() {
        return _find(ListItem.class, spec -> spec.withClasses("fv-contribution")).stream()
                .map(li -> li.getElement().getTextRecursively()).toList();
    }

    private static String bell() {
        return _get(Button.class, spec -> spec.withClasses("fv-bell")).getAriaLabel().orElse("");
    }

    /** Runs {@code change} as Leanne on a thread of her own, as her browser's request would, and waits for it. */
    private void asLeanneElsewhere(Runnable change) throws Exception {
        try (var other = Executors.newSingleThreadExecutor()) {
            other.submit(() -> {
                signIn.as(SignIn.PARENT_HARPER);
                try {
                    change.run();
                } finally {
                    SignIn.out();
                }
                return null;
            }).get();
        }
        assertThat(live.awaitDelivered(Duration.ofSeconds(10))).isTrue();
    }

    private static int unread(JdbcClient jdbc, String username) {
        return jdbc.sql("select count(*) from notification n join app_user u on u.id = n.user_id "
                        + "where u.username = :u and n.read_at is null")
                .param("u", username).query(Integer.class).single();
    }

    @Test
    void theWorkerSeesANewItemAndTheBellCountWithoutReloading() throws Exception {
        login(SignIn.PRACTITIONER_NORTH);
        MeetingId meeting = fixtures.harperMeeting(Duration.ofDays(12), "Leanne Harper");
        UI.getCurrent().navigate("meetings/" + meeting);
        assertThat(items()).isEmpty();
        int before = unread(jdbc, SignIn.PRACTITIONER_NORTH);
        assertThat(bell()).isEqualTo(before == 0 ? "Notifications" : "Notifications: " + before + " new");

        // the worker is half-way through typing their own item, in the field that has the keyboard focus
        TextArea own = _get(TextArea.class, spec -> spec.withLabel("Your item"));
        _setValue(own, "Ask about the school trip");

        String text = "Kai has settled at school " + System.nanoTime();
        asLeanneElsewhere(() -> contributions.add(meeting, ContributionKind.GOING_WELL, text, null, null));
        // handed to the worker's UI as a pushed task (Karibu's lookups run such tasks, as a browser round trip would)
        assertThat(VaadinSession.getCurrent().getPendingAccessQueue()).isNotEmpty();

        MockVaadin.runUIQueue();
        assertThat(items()).singleElement().satisfies(t -> assertThat(t).contains(text).contains("Leanne Harper"));
        assertThat(bell()).isEqualTo("Notifications: " + (before + 1) + " new");
        assertThat(_find(Span.class, spec -> spec.withClasses("fv-visually-hidden")).stream().map(Span::getText))
                .contains("You have a new notification. Notifications: " + (before + 1) + " new",
                        "What the family sent was brought up to date: 1 new item.");
        // only the new items were replaced: the field being typed in is the same one (focus stays), text and all
        assertThat(_get(TextArea.class, spec -> spec.withLabel("Your item"))).isSameAs(own);
        assertThat(own.getValue()).isEqualTo("Ask about the school trip");
    }

    @Test
    void aChangeThatRollsBackPushesNothing() throws Exception {
        login(SignIn.PRACTITIONER_NORTH);
        MeetingId meeting = fixtures.harperMeeting(Duration.ofDays(12), "Leanne Harper");
        UI.getCurrent().navigate("meetings/" + meeting);
        Section shown = _get(Section.class, spec -> spec.withClasses("fv-agenda-builder"));
        // the builder keeps its place on the page when it refreshes, so look at what a refresh would replace
        Paragraph nothingNew = _get(shown, Paragraph.class, spec -> spec.withText("Nothing new from the family."));
        String bellBefore = bell();

        String text = "never saved " + System.nanoTime();
        var transaction = new TransactionTemplate(transactions);
        asLeanneElsewhere(() -> transaction.executeWithoutResult(status -> {
            contributions.add(meeting, ContributionKind.QUESTION, text, null, null); // publishes, then...
            status.setRollbackOnly();                                                  // ...it never happened
        }));

        assertThat(VaadinSession.getCurrent().getPendingAccessQueue()).as("nothing pushed to this UI").isEmpty();
        MockVaadin.runUIQueue();
        assertThat(_get(Section.class, spec -> spec.withClasses("fv-agenda-builder"))).isSameAs(shown);
        assertThat(_get(shown, Paragraph.class, spec -> spec.withText("Nothing new from the family.")))
                .as("not drawn again").isSameAs(nothingNew);
        assertThat(items()).isEmpty();
        assertThat(bell()).isEqualTo(bellBefore);
        assertThat(jdbc.sql("select count(*) from meeting_contribution where meeting_id = :m")
                .param("m", meeting.value()).query(Integer.class).single()).isZero();
    }

    @Test
    void leavingTheMeetingPageEndsItsSubscription() {
        login(SignIn.PRACTITIONER_NORTH);
        MeetingId meeting = fixtures.harperMeeting(Duration.ofDays(12), "Leanne Harper");
        UI.getCurrent().navigate("families");
        int elsewhere = live.subscriptionCount();
        UI.getCurrent().navigate("meetings/" + meeting);
        assertThat(live.subscriptionCount()).isEqualTo(elsewhere + 1);
        UI.getCurrent().navigate("families");
        assertThat(live.subscriptionCount()).isEqualTo(elsewhere);
    }
}

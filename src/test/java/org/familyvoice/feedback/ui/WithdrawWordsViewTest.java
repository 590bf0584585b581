package org.familyvoice.feedback.ui;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;
import org.familyvoice.KaribuTest;
import org.familyvoice.SignIn;
import org.familyvoice.feedback.FeedbackAbout;
import org.familyvoice.feedback.FeedbackForm;
import org.familyvoice.feedback.FeedbackService;
import org.familyvoice.feedback.Receipt;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** Under "My feedback" a parent sees that their words may be used, and can stop it; the words leave the themes. */
class WithdrawWordsViewTest extends KaribuTest {

    @Autowired FeedbackService feedback;
    @Autowired JdbcClient jdbc;

    private static FeedbackForm form(String words, boolean mayUseWords) {
        return new FeedbackForm(UUID.randomUUID().toString(), FeedbackAbout.SOCIAL_WORKER, null, null, null, null,
                null, words, false, mayUseWords, null, null);
    }

    private int voiceItems(Receipt r) {
        return jdbc.sql("select count(*) from voice_item where origin = 'FEEDBACK' and origin_id = :id")
                .param("id", r.id().value()).query(Integer.class).single();
    }

    private static long withdrawnNotes() {
        return _find(Paragraph.class).stream().map(Paragraph::getText)
                .filter(t -> t.startsWith("On ") && t.contains("you asked us to stop using these words")).count();
    }

    @Test
    void aParentStopsTheirWordsBeingUsed() {
        login(SignIn.PARENT_HARPER);
        Receipt allowed = feedback.give(form("Nobody rang me back about the plan " + UUID.randomUUID(), true));
        Receipt notAllowed = feedback.give(form("Please keep this to yourselves " + UUID.randomUUID(), false));
        assertThat(voiceItems(allowed)).isEqualTo(1);

        UI.getCurrent().navigate("my-feedback");
        long saidBefore = withdrawnNotes();
        assertThat(_find(Button.class, spec -> spec.withAttribute("aria-label",
                "Stop using the words of feedback " + notAllowed.reference()))).as("nothing to take back").isEmpty();
        Button stop = _get(Button.class, spec -> spec.withAttribute("aria-label",
                "Stop using the words of feedback " + allowed.reference()));
        assertThat(stop.getText()).isEqualTo("Stop using my words");
        _click(stop);
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        ConfirmDialogKt._fireConfirm(confirm);

        assertThat(stop.isVisible()).isFalse();
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .contains("We will no longer use these words to improve services.");
        assertThat(voiceItems(allowed)).isZero();

        // coming back later, the page still says so, for that item (one more than before)
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("my-feedback");
        assertThat(withdrawnNotes()).isEqualTo(saidBefore + 1);

        // another family's parent learns nothing of it, even given the id
        SignIn.out();
        login(SignIn.PARENT_NOVAK);
        assertThat(feedback.myWordsWithdrawn(java.util.List.of(allowed.id()))).isEmpty();
    }
}

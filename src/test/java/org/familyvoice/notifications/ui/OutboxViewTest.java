package org.familyvoice.notifications.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import org.familyvoice.KaribuTest;
import org.familyvoice.SignIn;
import org.familyvoice.accounts.AccountService;
import org.familyvoice.feedback.FeedbackAbout;
import org.familyvoice.feedback.FeedbackForm;
import org.familyvoice.feedback.FeedbackService;
import org.familyvoice.feedback.Receipt;
import org.familyvoice.notifications.OutboxEmail;
import org.familyvoice.notifications.OutboxStatus;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class OutboxViewTest extends KaribuTest {

    @Test
    @SuppressWarnings("unchecked")
    void theAdministratorSeesWhatWouldHaveBeenSentWithTheAddressMasked() {
        signIn.as(SignIn.PARENT_HARPER);
        ctx.getBean(AccountService.class).changeOwnEmail("leanne.harper@example.org");
        FeedbackService feedback = ctx.getBean(FeedbackService.class);
        Receipt receipt = feedback.give(new FeedbackForm(UUID.randomUUID().toString(), FeedbackAbout.SOCIAL_WORKER,
                null, 4, 4, 4, "The outbox page shows this reply", null, true, false, null, null));
        SignIn.out();
        signIn.as(SignIn.PRACTITIONER_NORTH);
        feedback.reply(receipt.id(), "Thank you for telling us");
        SignIn.out();

        login(SignIn.ADMIN);
        UI.getCurrent().navigate("admin/outbox");
        assertThat(_get(H1.class).getText()).isEqualTo("E-mail outbox");
        assertThat(_find(Paragraph.class)).anySatisfy(p -> assertThat(p.getText()).startsWith("E-mail is not configured"));
        Grid<OutboxEmail> grid = _get(Grid.class);
        assertThat(_findAll(grid)).first().satisfies(e -> {
            assertThat(e.maskedTo()).isEqualTo("l***@example.org");
            assertThat(e.status()).isEqualTo(OutboxStatus.NOT_CONFIGURED);
        });
        assertThat(String.join(" | ", _getFormattedRow(grid, 0)))
                .contains("l***@example.org", "Family Voice: you have a new notification",
                        "Not sent: e-mail not configured")
                .doesNotContain("leanne.harper");
    }

    @Test
    void familiesAndStaffOtherThanAdministratorsCannotOpenIt() {
        for (String who : new String[]{SignIn.PARENT_HARPER, SignIn.PRACTITIONER_NORTH, SignIn.MANAGER_NORTH}) {
            login(who);
            UI.getCurrent().navigate("admin/outbox");
            assertThat(_find(Grid.class)).as(who).isEmpty();
            SignIn.out();
        }
    }
}

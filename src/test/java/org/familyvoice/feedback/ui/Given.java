package org.familyvoice.feedback.ui;

import org.familyvoice.SignIn;
import org.familyvoice.base.TeamId;
import org.familyvoice.feedback.FeedbackAbout;
import org.familyvoice.feedback.FeedbackForm;
import org.familyvoice.feedback.FeedbackService;
import org.familyvoice.feedback.Receipt;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** Feedback given the way families give it, for the staff pages to show. Signs out again afterwards. */
@Component
class Given {

    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    private final FeedbackService feedback;
    private final SignIn signIn;

    Given(FeedbackService feedback, SignIn signIn) {
        this.feedback = feedback;
        this.signIn = signIn;
    }

    /** Signed-in feedback from a family member, e.g. {@code parent.harper} (team North). */
    Receipt from(String username, String wentWell, boolean mayContact) {
        signIn.as(username);
        try {
            return feedback.give(form(wentWell, mayContact, null, null));
        } finally {
            SignIn.out();
        }
    }

    Receipt anonymous(String wentWell, @Nullable TeamId team, @Nullable String contact) {
        SignIn.out();
        // a fresh documentation address each time, so the per-address limit never gets in the way
        int n = ADDRESSES.incrementAndGet();
        return feedback.giveAnonymously(form(wentWell, contact != null, team, contact),
                "198.51." + (n / 250) + "." + (n % 250 + 1));
    }

    private static FeedbackForm form(String wentWell, boolean mayContact, @Nullable TeamId team, @Nullable String contact) {
        return new FeedbackForm(UUID.randomUUID().toString(), FeedbackAbout.SOCIAL_WORKER, null, 2, 3, 4, wentWell,
                "could be better text", mayContact, false, team, contact);
    }
}

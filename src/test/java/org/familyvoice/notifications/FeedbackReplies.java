package org.familyvoice.notifications;

import org.familyvoice.SignIn;
import org.familyvoice.accounts.AccountService;
import org.familyvoice.feedback.FeedbackAbout;
import org.familyvoice.feedback.FeedbackForm;
import org.familyvoice.feedback.FeedbackService;
import org.familyvoice.feedback.Receipt;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.UUID;

/** The news these tests e-mail: parent.harper gives feedback and her worker, practitioner.north, replies. */
final class FeedbackReplies {

    private FeedbackReplies() {
    }

    static void setHarpersEmail(SignIn signIn, AccountService accounts, String address) {
        signIn.as(SignIn.PARENT_HARPER);
        try {
            accounts.changeOwnEmail(address);
        } finally {
            SignIn.out();
        }
    }

    static Receipt harperGivesFeedback(SignIn signIn, FeedbackService feedback, String words) {
        signIn.as(SignIn.PARENT_HARPER);
        try {
            return feedback.give(new FeedbackForm(UUID.randomUUID().toString(), FeedbackAbout.SOCIAL_WORKER, null, 4,
                    3, 5, words, "Letters came late", true, false, null, null));
        } finally {
            SignIn.out();
        }
    }

    static void workerReplies(SignIn signIn, FeedbackService feedback, Receipt receipt, String text) {
        signIn.as(SignIn.PRACTITIONER_NORTH);
        try {
            feedback.reply(receipt.id(), text);
        } finally {
            SignIn.out();
        }
    }

    static int rows(JdbcClient jdbc, String to) {
        return jdbc.sql("select count(*) from email_outbox where to_address = :to").param("to", to)
                .query(Integer.class).single();
    }

    static String status(JdbcClient jdbc, String to) {
        return jdbc.sql("select status from email_outbox where to_address = :to").param("to", to)
                .query(String.class).single();
    }
}

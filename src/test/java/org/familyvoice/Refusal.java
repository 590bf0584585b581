package org.familyvoice;

import org.familyvoice.base.UserFacingException;

/** For tests: the translation key of the message a call is refused with. */
public final class Refusal {

    private Refusal() {
    }

    public static String of(Runnable call) {
        try {
            call.run();
        } catch (UserFacingException e) {
            return e.messageKey();
        }
        throw new AssertionError("expected the call to be refused with a message");
    }
}

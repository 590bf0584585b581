package org.familyvoice.base;

import java.util.Arrays;

/**
 * A refusal the person should read: carries a translation key (and arguments) rather than English,
 * so views show it through {@code getTranslation}.
 */
public class UserFacingException extends RuntimeException {

    private final String messageKey;
    private final Object[] args;

    public UserFacingException(String messageKey, Object... args) {
        super(messageKey + (args.length == 0 ? "" : " " + Arrays.toString(args)));
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}

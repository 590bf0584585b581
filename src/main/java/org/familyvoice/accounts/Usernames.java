package org.familyvoice.accounts;

import org.familyvoice.base.UserFacingException;
import org.jspecify.annotations.Nullable;

import java.util.Locale;
import java.util.regex.Pattern;

/** Usernames: 3 to 60 of a-z, 0-9, dot, dash and underscore; compared without case. */
public final class Usernames {

    private static final Pattern ALLOWED = Pattern.compile("[a-z0-9._-]{3,60}");

    private Usernames() {
    }

    /** The normalised username, or a {@link UserFacingException} saying what is wrong with it. */
    public static String normalise(@Nullable String raw) {
        String name = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
        if (name.isEmpty()) {
            throw new UserFacingException("username.error.empty");
        }
        if (!ALLOWED.matcher(name).matches()) {
            throw new UserFacingException("username.error.format");
        }
        return name;
    }
}

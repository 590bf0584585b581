package org.familyvoice.accounts;

import org.familyvoice.base.UserFacingException;
import org.familyvoice.base.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * People's own e-mail addresses for notifications: the sane-address check, and the lookup the notifications
 * feature makes inside the transaction that sends the news. Not a user-facing API: it reads one column for the
 * system, and people change their own address through {@link AccountService#changeOwnEmail}.
 */
@Component
public class NotificationAddresses {

    public static final int MAX_LENGTH = 254;
    /** Something@something.tld, no spaces or control characters: a sanity check, not RFC 5322. */
    private static final Pattern SANE = Pattern.compile(
            "[^@\\s\\p{Cntrl}]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+");

    private final JdbcClient jdbc;

    NotificationAddresses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The active person's address, if they gave one; joins the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<String> of(UserId user) {
        return jdbc.sql("select email from app_user where id = :id and active = true and email is not null")
                .param("id", user.value()).query(String.class).optional();
    }

    /**
     * The address as it will be stored, or null for "no e-mail"; refuses anything that is not a plausible address.
     */
    public static @Nullable String normalise(@Nullable String typed) {
        String address = typed == null ? "" : typed.strip();
        if (address.isEmpty()) {
            return null;
        }
        if (address.length() > MAX_LENGTH) {
            throw new UserFacingException("account.email.error.too-long", MAX_LENGTH);
        }
        if (!SANE.matcher(address).matches()) {
            throw new UserFacingException("account.email.error.invalid");
        }
        int at = address.lastIndexOf('@');
        return address.substring(0, at + 1) + address.substring(at + 1).toLowerCase(java.util.Locale.ROOT);
    }
}

package org.familyvoice.accounts;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How sign-in failures are slowed down and then locked.
 *
 * @param slowAfter   failures after which each further try must wait (doubling from 2 seconds)
 * @param lockAfter   failures after which the account name is locked for {@code lockFor}
 * @param lockFor     how long a lock lasts
 * @param window      failures older than this are forgotten
 * @param addressLimit failures from one client address within the window before that address is blocked
 */
@ConfigurationProperties("familyvoice.login")
public record LoginThrottleSettings(@DefaultValue("3") int slowAfter, @DefaultValue("6") int lockAfter,
                                    @DefaultValue("15m") Duration lockFor, @DefaultValue("15m") Duration window,
                                    @DefaultValue("30") int addressLimit) {
    public LoginThrottleSettings {
        if (slowAfter < 1 || lockAfter <= slowAfter || addressLimit < 1) {
            throw new IllegalArgumentException("familyvoice.login: need 1 <= slow-after < lock-after and address-limit >= 1");
        }
    }
}

package org.familyvoice.accounts;

import org.springframework.security.authentication.LockedException;

/**
 * Sign-in refused without checking the password because there were too many failures for this name
 * or address. Says nothing about whether the account exists.
 */
public class LoginThrottledException extends LockedException {
    public LoginThrottledException() {
        super("too many failed sign-ins; try again later");
    }
}

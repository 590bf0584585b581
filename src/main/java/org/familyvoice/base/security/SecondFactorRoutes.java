package org.familyvoice.base.security;

/** Where a sign-in waiting for its second step is sent. */
public final class SecondFactorRoutes {

    /** The two-step page (enter a code, or set up an authenticator app). */
    public static final String TWO_STEP = "sign-in/two-step";

    private SecondFactorRoutes() {
    }
}

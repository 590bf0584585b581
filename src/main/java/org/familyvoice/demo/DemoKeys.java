package org.familyvoice.demo;

/** The published keys of the demo data (demo only: never for real accounts). */
public final class DemoKeys {

    /**
     * The authenticator key (Base32) of every demo manager and administrator, who must use two-step sign-in: add it
     * to an authenticator app by hand to sign in as them (README, demo logins). The browser tests compute codes
     * from it.
     */
    public static final String MFA_SECRET = "FAMILYVOICEDEMOTWOSTEPSIGNINKEY2";

    private DemoKeys() {
    }
}

package org.familyvoice.base.audit;

/**
 * How the audit trail names an account: {@code user#12}, never its username, so that erasing a person leaves no row
 * in the append-only trail that names them (docs/security/retention-and-erasure.md).
 */
public final class AuditPseudonym {

    static final String PREFIX = "user#";

    private AuditPseudonym() {
    }

    /** What {@code actor} and {@code target} hold for this account. */
    public static String of(long userId) {
        return PREFIX + userId;
    }
}

package org.familyvoice.privacy;

/** What a person agreed to, or not. */
public enum ConsentPurpose {
    /** Their words may be used, without their name, to improve services (themes, quotes, evidence, "you said"). */
    IMPROVEMENT_USE,
    /** They may be contacted about what they said. */
    CONTACT
}

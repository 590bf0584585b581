package org.familyvoice.themes;

/** Who spoke: a parent or carer, a child or young person, or someone who gave feedback without an account. */
public enum VoiceSource {
    PARENT, YOUNG_PERSON, ANONYMOUS
}

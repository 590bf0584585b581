package org.familyvoice.themes;

/** Where a family member's words were written. */
public enum VoiceOrigin {
    FEEDBACK, AGENDA_ITEM, MEETING_CHECK
}

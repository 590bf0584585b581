package org.familyvoice.privacy;

/** Where the choice was made: a feedback form, an agenda item, a post-meeting check. */
public enum ConsentOrigin {
    FEEDBACK,
    AGENDA_ITEM,
    MEETING_CHECK
}

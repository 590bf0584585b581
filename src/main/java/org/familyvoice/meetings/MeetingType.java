package org.familyvoice.meetings;

/** The kinds of meeting a family is invited to. */
public enum MeetingType {
    CHILD_IN_NEED,
    CIN_REVIEW,
    FAMILY_GROUP_CONFERENCE,
    CHILD_PROTECTION_CONFERENCE,
    LAC_REVIEW
}

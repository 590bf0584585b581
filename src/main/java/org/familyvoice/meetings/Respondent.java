package org.familyvoice.meetings;

/** From whose side a post-meeting check is answered. */
public enum Respondent {
    CHILD, PARENT, PRACTITIONER
}

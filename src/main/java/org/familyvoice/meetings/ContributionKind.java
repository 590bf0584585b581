package org.familyvoice.meetings;

/** The Signs of Safety questions a family member answers for a meeting, plus questions and who should be there. */
public enum ContributionKind {
    GOING_WELL, WORRIED_ABOUT, LIKE_TO_HAPPEN, QUESTION, WHO_THERE
}

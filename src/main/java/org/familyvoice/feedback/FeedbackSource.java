package org.familyvoice.feedback;

/** Who gave the feedback. */
public enum FeedbackSource { PARENT, YOUNG_PERSON, ANONYMOUS }

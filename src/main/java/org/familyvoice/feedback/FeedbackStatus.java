package org.familyvoice.feedback;

/** Where the feedback has got to, as the person who gave it sees it. */
public enum FeedbackStatus { RECEIVED, READ, REPLIED }

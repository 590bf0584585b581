package org.familyvoice.feedback;

/** What the feedback is about. */
public enum FeedbackAbout { SOCIAL_WORKER, MEETING, TEAM, OTHER }

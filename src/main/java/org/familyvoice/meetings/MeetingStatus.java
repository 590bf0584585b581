package org.familyvoice.meetings;

public enum MeetingStatus {
    SCHEDULED,
    CANCELLED
}

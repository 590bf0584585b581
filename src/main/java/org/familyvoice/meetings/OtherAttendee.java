package org.familyvoice.meetings;

/** Someone invited who is not a family member with an account: a teacher, a health visitor, an advocate. */
public record OtherAttendee(String name, String role) {
}

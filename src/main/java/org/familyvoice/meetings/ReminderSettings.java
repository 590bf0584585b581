package org.familyvoice.meetings;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Reminders to invited family members who have not added anything yet.
 *
 * @param enabled    whether this node looks for reminders to send (tests turn it off and call
 *                   {@link MeetingReminders#sendDue()} themselves); several nodes may all look: each reminder is still
 *                   sent once
 * @param daysBefore remind when the meeting starts within this many days (and the family can still add items)
 * @param interval   the pause between two looks
 */
@ConfigurationProperties("familyvoice.meetings.reminders")
public record ReminderSettings(@DefaultValue("true") boolean enabled,
                               @DefaultValue("3") int daysBefore,
                               @DefaultValue("1h") Duration interval) {
    public ReminderSettings {
        if (daysBefore < 1 || daysBefore > 60) {
            throw new IllegalArgumentException("familyvoice.meetings.reminders.days-before must be 1 to 60");
        }
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("familyvoice.meetings.reminders.interval must be positive");
        }
    }
}

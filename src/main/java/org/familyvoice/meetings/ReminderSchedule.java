package org.familyvoice.meetings;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Looks for meeting reminders to send on every node (off with {@code familyvoice.meetings.reminders.enabled=false},
 * as in tests, which call {@link MeetingReminders#sendDue()} themselves).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnBooleanProperty(name = "familyvoice.meetings.reminders.enabled", matchIfMissing = true)
class ReminderSchedule {

    private static final Logger log = LoggerFactory.getLogger(ReminderSchedule.class);

    private final MeetingReminders reminders;

    ReminderSchedule(MeetingReminders reminders) {
        this.reminders = reminders;
    }

    @Scheduled(fixedDelayString = "${familyvoice.meetings.reminders.interval:1h}", initialDelayString = "1m")
    void look() {
        try {
            reminders.sendDue();
        } catch (RuntimeException e) {
            // the database may be briefly away; the next look tries again
            log.warn("Looking for meeting reminders failed: {}", e.toString());
        }
    }
}

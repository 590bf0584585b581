package org.familyvoice.meetings;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param contributionsCloseDaysBefore how many days before a meeting the family's items close, so the worker
 *                                     has time to build the agenda
 * @param agendaPublishDaysBefore      the agenda should be published at least this many days before a meeting; the
 *                                     worker is told when they publish it later than that
 * @param zone                         where the families live: days left are counted in this calendar
 */
@ConfigurationProperties("familyvoice.meetings")
public record MeetingSettings(@DefaultValue("2") int contributionsCloseDaysBefore,
                              @DefaultValue("1") int agendaPublishDaysBefore,
                              @DefaultValue("Europe/London") java.time.ZoneId zone) {
    public MeetingSettings {
        if (contributionsCloseDaysBefore < 0 || contributionsCloseDaysBefore > 60) {
            throw new IllegalArgumentException("familyvoice.meetings.contributions-close-days-before must be 0 to 60");
        }
        if (agendaPublishDaysBefore < 0 || agendaPublishDaysBefore > 60) {
            throw new IllegalArgumentException("familyvoice.meetings.agenda-publish-days-before must be 0 to 60");
        }
    }
}

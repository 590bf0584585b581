package org.familyvoice.feedback;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ResponseDeadlinesTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private final ResponseDeadlines deadlines = new ResponseDeadlines(new SafeguardingSettings(Duration.ofHours(1),
            LocalTime.of(17, 0), LONDON, List.of(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 28))));

    private static ZonedDateTime at(String dateTime) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(dateTime), LONDON);
    }

    @Test
    void anOrdinaryAlertIsDueAtTheEndOfTheNextWorkingDay() {
        // Monday morning -> Tuesday 17:00
        assertThat(deadlines.due(at("2026-11-23T09:15").toInstant(), false)).isEqualTo(at("2026-11-24T17:00").toInstant());
        // Friday evening -> Monday 17:00
        assertThat(deadlines.due(at("2026-11-27T22:40").toInstant(), false)).isEqualTo(at("2026-11-30T17:00").toInstant());
        // Saturday -> Monday 17:00
        assertThat(deadlines.due(at("2026-11-28T12:00").toInstant(), false)).isEqualTo(at("2026-11-30T17:00").toInstant());
    }

    @Test
    void holidaysAreNotWorkingDays() {
        // Christmas Eve (Thursday) -> Christmas Day and the Boxing Day holiday are skipped: Tuesday 29th
        assertThat(deadlines.due(at("2026-12-24T10:00").toInstant(), false)).isEqualTo(at("2026-12-29T17:00").toInstant());
    }

    @Test
    void urgentAlertsAreDueWithinTheHourWhateverTheDay() {
        var saturdayNight = at("2026-11-28T23:30").toInstant();
        assertThat(deadlines.due(saturdayNight, true)).isEqualTo(saturdayNight.plus(Duration.ofHours(1)));
    }
}

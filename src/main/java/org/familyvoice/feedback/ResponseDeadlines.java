package org.familyvoice.feedback;

import org.springframework.stereotype.Component;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;

/**
 * When a safeguarding alert must have been answered: within the urgent period for self-harm and immediate
 * danger, otherwise by the end of the next working day (weekends and configured holidays skipped).
 */
@Component
public class ResponseDeadlines {

    private final SafeguardingSettings settings;

    public ResponseDeadlines(SafeguardingSettings settings) {
        this.settings = settings;
    }

    public Instant due(Instant raisedAt, boolean urgent) {
        if (urgent) {
            return raisedAt.plus(settings.urgentWithin());
        }
        LocalDate day = raisedAt.atZone(settings.zone()).toLocalDate().plusDays(1);
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day.atTime(settings.workingDayEnds()).atZone(settings.zone()).toInstant();
    }

    /** The end of the working day that is {@code workingDays} working days after the given moment. */
    public Instant afterWorkingDays(Instant from, int workingDays) {
        LocalDate day = from.atZone(settings.zone()).toLocalDate();
        int counted = 0;
        while (counted < workingDays) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day.atTime(settings.workingDayEnds()).atZone(settings.zone()).toInstant();
    }

    boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !settings.holidays().contains(day);
    }
}

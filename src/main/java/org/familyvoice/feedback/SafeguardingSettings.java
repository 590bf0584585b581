package org.familyvoice.feedback;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/**
 * How fast a possible disclosure must be answered.
 *
 * @param urgentWithin  deadline for self-harm and immediate danger
 * @param workingDayEnds when the working day ends; other alerts are due by then on the next working day
 * @param zone          the council's time zone
 * @param holidays      bank holidays and other days that are not working days
 */
@ConfigurationProperties("familyvoice.safeguarding")
public record SafeguardingSettings(@DefaultValue("1h") Duration urgentWithin,
                                   @DefaultValue("17:00") LocalTime workingDayEnds,
                                   @DefaultValue("Europe/London") ZoneId zone,
                                   @DefaultValue List<LocalDate> holidays) {
    public SafeguardingSettings {
        holidays = holidays == null ? List.of() : List.copyOf(holidays);
        if (urgentWithin.isNegative() || urgentWithin.isZero()) {
            throw new IllegalArgumentException("familyvoice.safeguarding.urgent-within must be positive");
        }
    }
}

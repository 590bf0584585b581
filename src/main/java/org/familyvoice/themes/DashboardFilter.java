package org.familyvoice.themes;

import org.familyvoice.base.TeamId;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * What the dashboard looks at: the days {@code from} to {@code to} inclusive, and optionally one team, one source
 * and one meeting type ({@code "NONE"}: words not about a meeting). At most three years at once.
 */
public record DashboardFilter(LocalDate from, LocalDate to, @Nullable TeamId team, @Nullable VoiceSource source,
                              @Nullable String meetingType) {

    public static final int MAX_DAYS = 3 * 366;

    public DashboardFilter {
        Objects.requireNonNull(from);
        Objects.requireNonNull(to);
        if (to.isBefore(from)) {
            throw new org.familyvoice.base.UserFacingException("themes.error.period-backwards");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new org.familyvoice.base.UserFacingException("themes.error.period-too-long");
        }
        if (meetingType != null && !meetingType.matches("[A-Z_]{1,40}")) {
            throw new IllegalArgumentException("unknown meeting type " + meetingType);
        }
    }

    public static DashboardFilter of(LocalDate from, LocalDate to) {
        return new DashboardFilter(from, to, null, null, null);
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** The period of the same length just before this one, with the same team, source and meeting type. */
    public DashboardFilter previous() {
        return new DashboardFilter(from.minusDays(days()), from.minusDays(1), team, source, meetingType);
    }

    public DashboardFilter withPeriod(LocalDate newFrom, LocalDate newTo) {
        return new DashboardFilter(newFrom, newTo, team, source, meetingType);
    }
}

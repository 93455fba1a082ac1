package nl.xlascorecard.core.shared.calendar;

import java.time.LocalTime;
import java.util.Objects;

/**
 * Opening hours of one working day in local time, e.g. 08:30-17:00. Closing must be after opening
 * on the same day (no night shifts across midnight); {@link BusinessCalendarConfig} checks it so the
 * error can name the day.
 */
public record WorkingHours(LocalTime opens, LocalTime closes) {

    public WorkingHours {
        Objects.requireNonNull(opens, "opens");
        Objects.requireNonNull(closes, "closes");
    }

    public static WorkingHours of(String opens, String closes) {
        return new WorkingHours(LocalTime.parse(opens), LocalTime.parse(closes));
    }

    boolean isValid() {
        return opens.isBefore(closes);
    }
}

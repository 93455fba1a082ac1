package nl.xlascorecard.plugin.rest.input;

import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import nl.xlascorecard.core.followup.domain.FollowUpSettings;
import nl.xlascorecard.core.shared.FieldError;
import nl.xlascorecard.core.shared.ValidationException;
import nl.xlascorecard.core.shared.calendar.BusinessCalendarConfig;
import nl.xlascorecard.core.shared.calendar.WorkingHours;

/**
 * Body of {@code PUT /followup-settings}: every setting at once (a full replacement, as the admin
 * form sends them), the business calendar as a nested object. Types are checked here; ranges and the
 * calendar's rules by the core's records, whose errors are reported together with one another.
 */
public final class FollowUpSettingsInput {

    static final Set<String> FIELDS = Set.of("unhappyThreshold", "windowMinutes", "reminderLeadMinutes",
            "maxAttempts", "maxRatingAgeDays", "calendar");
    static final Set<String> CALENDAR_FIELDS = Set.of("timeZone", "workingHours", "holidays");
    static final Set<String> DAYS = Arrays.stream(DayOfWeek.values()).map(Enum::name).collect(Collectors.toSet());
    static final Set<String> HOURS_FIELDS = Set.of("opens", "closes");

    private FollowUpSettingsInput() {
    }

    public static FollowUpSettings read(InputStream body) {
        JsonObjectReader json = JsonBody.read(body, FIELDS);
        Integer threshold = json.requiredInt("unhappyThreshold");
        Integer window = json.requiredInt("windowMinutes");
        Integer lead = json.requiredInt("reminderLeadMinutes");
        Integer attempts = json.requiredInt("maxAttempts");
        Integer maxAge = json.requiredInt("maxRatingAgeDays");
        JsonObjectReader calendarJson = json.requiredObject("calendar", CALENDAR_FIELDS);
        String timeZone = null;
        Map<DayOfWeek, WorkingHours> hours = new EnumMap<>(DayOfWeek.class);
        List<LocalDate> holidays = List.of();
        if (calendarJson != null) {
            timeZone = calendarJson.requiredText("timeZone");
            JsonObjectReader days = calendarJson.requiredObject("workingHours", DAYS);
            if (days != null) {
                for (DayOfWeek day : DayOfWeek.values()) {
                    JsonObjectReader h = days.optionalObject(day.name(), HOURS_FIELDS);
                    if (h != null) {
                        LocalTime opens = h.requiredTime("opens");
                        LocalTime closes = h.requiredTime("closes");
                        if (opens != null && closes != null) {
                            hours.put(day, new WorkingHours(opens, closes));
                        }
                    }
                }
            }
            holidays = calendarJson.requiredDateList("holidays");
        }
        json.validate();
        return settings(threshold, window, lead, attempts, maxAge, timeZone, hours, holidays);
    }

    /** Builds both records, so errors of the calendar and of the other settings come back in one answer. */
    private static FollowUpSettings settings(int threshold, int window, int lead, int attempts, int maxAge,
                                             String timeZone, Map<DayOfWeek, WorkingHours> hours,
                                             List<LocalDate> holidays) {
        List<FieldError> errors = new ArrayList<>();
        BusinessCalendarConfig calendar;
        try {
            calendar = new BusinessCalendarConfig(timeZone, hours, holidays);
        } catch (ValidationException e) {
            errors.addAll(e.errors());
            calendar = BusinessCalendarConfig.defaults();
        }
        try {
            FollowUpSettings settings = new FollowUpSettings(threshold, window, lead, attempts, maxAge, calendar);
            if (errors.isEmpty()) {
                return settings;
            }
        } catch (ValidationException e) {
            errors.addAll(e.errors());
        }
        throw new ValidationException(errors);
    }
}

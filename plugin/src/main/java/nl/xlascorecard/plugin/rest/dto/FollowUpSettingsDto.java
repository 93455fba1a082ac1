package nl.xlascorecard.plugin.rest.dto;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import nl.xlascorecard.core.followup.domain.FollowUpSettings;
import nl.xlascorecard.core.shared.calendar.BusinessCalendarConfig;
import nl.xlascorecard.core.shared.calendar.WorkingHours;

/**
 * The follow-up settings, in the shape {@code PUT /followup-settings} takes back. Working hours are
 * keyed by day name (MONDAY..SUNDAY, in week order); a day that is absent is not a working day.
 */
@JsonPropertyOrder({"unhappyThreshold", "windowMinutes", "reminderLeadMinutes", "maxAttempts", "maxRatingAgeDays",
        "calendar"})
public record FollowUpSettingsDto(int unhappyThreshold, int windowMinutes, int reminderLeadMinutes, int maxAttempts,
                                  int maxRatingAgeDays, CalendarDto calendar) {

    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

    public static FollowUpSettingsDto from(FollowUpSettings s) {
        return new FollowUpSettingsDto(s.unhappyThreshold(), s.windowMinutes(), s.reminderLeadMinutes(),
                s.maxAttempts(), s.maxRatingAgeDays(), CalendarDto.from(s.calendar()));
    }

    @JsonPropertyOrder({"timeZone", "workingHours", "holidays"})
    public record CalendarDto(String timeZone, Map<String, HoursDto> workingHours, List<LocalDate> holidays) {

        public CalendarDto {
            workingHours = Collections.unmodifiableMap(new LinkedHashMap<>(workingHours));
            holidays = List.copyOf(holidays);
        }

        static CalendarDto from(BusinessCalendarConfig calendar) {
            Map<String, HoursDto> hours = new LinkedHashMap<>();
            for (DayOfWeek day : DayOfWeek.values()) {
                WorkingHours h = calendar.workingHours().get(day);
                if (h != null) {
                    hours.put(day.name(), new HoursDto(text(h.opens()), text(h.closes())));
                }
            }
            return new CalendarDto(calendar.timeZone(), hours, calendar.holidays());
        }
    }

    /** Opening hours of one day, {@code HH:mm} local time. */
    @JsonPropertyOrder({"opens", "closes"})
    public record HoursDto(String opens, String closes) {
    }

    private static String text(LocalTime time) {
        return HOURS.format(time);
    }
}

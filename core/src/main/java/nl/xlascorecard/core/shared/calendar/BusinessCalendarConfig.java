package nl.xlascorecard.core.shared.calendar;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import nl.xlascorecard.core.shared.FieldErrors;

/**
 * The business calendar as an administrator configures it. Field names in errors start with
 * {@code calendar.} because the calendar is always edited as the {@code calendar} object of the
 * follow-up settings.
 *
 * @param timeZone     IANA zone id, e.g. {@code Europe/Amsterdam}; opening hours are local to it
 * @param workingHours opening hours per working day; a day that is absent is not a working day
 * @param holidays     dates on which nobody works (stored sorted, without duplicates)
 */
public record BusinessCalendarConfig(String timeZone, Map<DayOfWeek, WorkingHours> workingHours,
                                     List<LocalDate> holidays) {

    public static final String DEFAULT_TIME_ZONE = "Europe/Amsterdam";
    public static final WorkingHours DEFAULT_HOURS = WorkingHours.of("08:30", "17:00");
    /** Enough for ten years of public holidays plus company days; bounds what every calculation walks. */
    public static final int MAX_HOLIDAYS = 200;
    public static final int MAX_TIME_ZONE = 64;

    public static final String TIME_ZONE_INVALID = "xla.error.calendar.timeZone";
    public static final String NO_WORKING_DAY = "xla.error.calendar.noWorkingDay";
    public static final String HOURS_ORDER = "xla.error.calendar.hoursOrder";
    public static final String TOO_MANY_HOLIDAYS = "xla.error.calendar.tooManyHolidays";

    /**
     * Dutch public holidays on which offices are normally closed, 2026-2027 (Nieuwjaarsdag, Tweede
     * Paasdag, Koningsdag, Hemelvaartsdag, Tweede Pinksterdag, Eerste en Tweede Kerstdag; holidays
     * that fall on a weekend are left out because they change nothing). Good Friday and Liberation
     * Day are not in it: whether they are days off depends on the collective agreement, so the
     * administrator adds them when they apply. See docs/decisions-followups.md.
     */
    public static final List<LocalDate> DUTCH_HOLIDAYS_2026_2027 = List.of(
            LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 6), LocalDate.of(2026, 4, 27),
            LocalDate.of(2026, 5, 14), LocalDate.of(2026, 5, 25), LocalDate.of(2026, 12, 25),
            LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 29), LocalDate.of(2027, 4, 27),
            LocalDate.of(2027, 5, 6), LocalDate.of(2027, 5, 17));

    /**
     * Validates every field at once; a {@code null} map or list means none.
     *
     * @throws nl.xlascorecard.core.shared.ValidationException naming each invalid field (HTTP 400)
     */
    public BusinessCalendarConfig {
        FieldErrors errors = new FieldErrors();
        if (errors.required("calendar.timeZone", timeZone)) {
            timeZone = timeZone.strip();
            if (timeZone.length() > MAX_TIME_ZONE || !isZone(timeZone)) {
                errors.add("calendar.timeZone", TIME_ZONE_INVALID);
            }
        }
        Map<DayOfWeek, WorkingHours> hours = new EnumMap<>(DayOfWeek.class);
        if (workingHours != null) {
            workingHours.forEach((day, h) -> {
                if (day != null && h != null) {
                    hours.put(day, h);
                }
            });
        }
        if (hours.isEmpty()) {
            errors.add("calendar.workingHours", NO_WORKING_DAY);
        }
        hours.forEach((day, h) -> {
            if (!h.isValid()) {
                errors.add("calendar.workingHours." + day, HOURS_ORDER);
            }
        });
        TreeSet<LocalDate> days = new TreeSet<>();
        if (holidays != null) {
            holidays.stream().filter(d -> d != null).forEach(days::add);
        }
        if (days.size() > MAX_HOLIDAYS) {
            errors.add("calendar.holidays", TOO_MANY_HOLIDAYS, String.valueOf(MAX_HOLIDAYS));
        }
        errors.throwIfAny();
        workingHours = Map.copyOf(hours);
        holidays = List.copyOf(days);
    }

    /** Monday to Friday 08:30-17:00 in Europe/Amsterdam with the Dutch public holidays of 2026-2027. */
    public static BusinessCalendarConfig defaults() {
        Map<DayOfWeek, WorkingHours> hours = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            hours.put(day, DEFAULT_HOURS);
        }
        return new BusinessCalendarConfig(DEFAULT_TIME_ZONE, hours, DUTCH_HOLIDAYS_2026_2027);
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    private static boolean isZone(String id) {
        try {
            ZoneId.of(id);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}

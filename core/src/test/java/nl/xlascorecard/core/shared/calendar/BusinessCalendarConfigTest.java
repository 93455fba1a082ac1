package nl.xlascorecard.core.shared.calendar;

import static nl.xlascorecard.core.shared.ValidationAssertions.fieldsAndKeys;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class BusinessCalendarConfigTest {

    @Test
    void defaultsAreTheDutchOfficeWeek() {
        BusinessCalendarConfig c = BusinessCalendarConfig.defaults();
        assertThat(c.zone()).isEqualTo(ZoneId.of("Europe/Amsterdam"));
        assertThat(c.workingHours()).containsOnlyKeys(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
        assertThat(c.workingHours().values()).containsOnly(WorkingHours.of("08:30", "17:00"));
    }

    @Test
    void shippedHolidaysAreTheDutchPublicHolidaysOnWeekdays() {
        // Easter Sunday is 5 April 2026 and 28 March 2027; Ascension = Easter + 39 days, Whit Monday = Easter + 50
        assertThat(BusinessCalendarConfig.DUTCH_HOLIDAYS_2026_2027).containsExactly(
                LocalDate.parse("2026-01-01"), LocalDate.parse("2026-04-06"), LocalDate.parse("2026-04-27"),
                LocalDate.parse("2026-05-14"), LocalDate.parse("2026-05-25"), LocalDate.parse("2026-12-25"),
                LocalDate.parse("2027-01-01"), LocalDate.parse("2027-03-29"), LocalDate.parse("2027-04-27"),
                LocalDate.parse("2027-05-06"), LocalDate.parse("2027-05-17"));
        assertThat(LocalDate.parse("2026-04-05").plusDays(39)).isEqualTo(LocalDate.parse("2026-05-14"));
        assertThat(LocalDate.parse("2027-03-28").plusDays(50)).isEqualTo(LocalDate.parse("2027-05-17"));
        assertThat(BusinessCalendarConfig.DUTCH_HOLIDAYS_2026_2027).allSatisfy(d ->
                assertThat(d.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
    }

    @Test
    void holidaysAreSortedWithoutDuplicates() {
        BusinessCalendarConfig c = new BusinessCalendarConfig(" Europe/Amsterdam ",
                Map.of(DayOfWeek.MONDAY, BusinessCalendarConfig.DEFAULT_HOURS),
                List.of(LocalDate.parse("2026-12-25"), LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-25")));
        assertThat(c.holidays()).containsExactly(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-25"));
        assertThat(c.timeZone()).isEqualTo("Europe/Amsterdam");
    }

    @Test
    void reportsEveryInvalidFieldAtOnce() {
        Map<DayOfWeek, WorkingHours> hours = new EnumMap<>(DayOfWeek.class);
        hours.put(DayOfWeek.MONDAY, WorkingHours.of("17:00", "08:30"));
        hours.put(DayOfWeek.TUESDAY, WorkingHours.of("09:00", "09:00"));
        List<LocalDate> many = new ArrayList<>();
        for (int i = 0; i <= BusinessCalendarConfig.MAX_HOLIDAYS; i++) {
            many.add(LocalDate.parse("2026-01-01").plusDays(i));
        }
        assertThat(fieldsAndKeys(() -> new BusinessCalendarConfig("Mars/Olympus_Mons", hours, many))).containsExactly(
                "calendar.timeZone=xla.error.calendar.timeZone",
                "calendar.workingHours.MONDAY=xla.error.calendar.hoursOrder",
                "calendar.workingHours.TUESDAY=xla.error.calendar.hoursOrder",
                "calendar.holidays=xla.error.calendar.tooManyHolidays");
    }

    @Test
    void needsAZoneAndAWorkingDay() {
        assertThat(fieldsAndKeys(() -> new BusinessCalendarConfig(" ", null, null))).containsExactly(
                "calendar.timeZone=xla.error.field.required",
                "calendar.workingHours=xla.error.calendar.noWorkingDay");
        Map<DayOfWeek, WorkingHours> nullDay = new HashMap<>();
        nullDay.put(DayOfWeek.MONDAY, null);
        assertThat(fieldsAndKeys(() -> new BusinessCalendarConfig("UTC", nullDay, List.of()))).containsExactly(
                "calendar.workingHours=xla.error.calendar.noWorkingDay");
        assertThat(fieldsAndKeys(() -> new BusinessCalendarConfig("x".repeat(65), Map.of(DayOfWeek.MONDAY,
                BusinessCalendarConfig.DEFAULT_HOURS), List.of()))).containsExactly(
                "calendar.timeZone=xla.error.calendar.timeZone");
    }
}

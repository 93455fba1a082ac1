package nl.xlascorecard.core.shared.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Due times by the default calendar (Mon-Fri 08:30-17:00 Europe/Amsterdam, Dutch holidays 2026-2027),
 * computed by hand. Amsterdam is UTC+1 in winter and UTC+2 from 29 March to 25 October 2026, so
 * local times are written in comments next to the UTC instants.
 */
class BusinessCalendarTest {

    private static final Duration ONE_DAY = Duration.ofMinutes(510);
    private final BusinessCalendar calendar = new BusinessCalendar(BusinessCalendarConfig.defaults());

    private static Instant at(String utc) {
        return Instant.parse(utc);
    }

    @Test
    void withinOneWeekAndDay() {
        // Wed 10:00 local: 7 h left on Wednesday, 1.5 h on Thursday from 08:30
        assertThat(calendar.plus(at("2026-03-04T09:00:00Z"), ONE_DAY)).isEqualTo(at("2026-03-05T09:00:00Z"));
        assertThat(calendar.plus(at("2026-03-04T09:00:00Z"), Duration.ofHours(3))).isEqualTo(at("2026-03-04T12:00:00Z"));
    }

    @Test
    void skipsTheWeekend() {
        // Fri 15:00 local: 2 h on Friday, 6.5 h on Monday from 08:30 = Mon 15:00 local
        assertThat(calendar.plus(at("2026-03-06T14:00:00Z"), ONE_DAY)).isEqualTo(at("2026-03-09T14:00:00Z"));
        // Fri 16:00 -> Mon 09:00 local: 1 h + 0.5 h
        assertThat(calendar.businessTimeBetween(at("2026-03-06T15:00:00Z"), at("2026-03-09T08:00:00Z")))
                .isEqualTo(Duration.ofMinutes(90));
    }

    @Test
    void skipsAHoliday() {
        // Wed 13 May 14:00 CEST: 3 h on Wednesday, Ascension Day (Thu 14 May) closed, 5.5 h on Friday = 14:00
        assertThat(calendar.plus(at("2026-05-13T12:00:00Z"), ONE_DAY)).isEqualTo(at("2026-05-15T12:00:00Z"));
    }

    @Test
    void startOnAHolidayCountsFromTheNextWorkingDay() {
        // Easter Monday 6 April 10:00 CEST: closed; Tuesday 08:30-17:00 takes the whole day
        assertThat(calendar.plus(at("2026-04-06T08:00:00Z"), ONE_DAY)).isEqualTo(at("2026-04-07T15:00:00Z"));
    }

    @Test
    void afterHoursCountsFromTheNextOpeningAndEndsAtClosingTime() {
        // Wed 18:00 local: nothing left that day; all of Thursday 08:30-17:00 -> Thu 17:00 exactly
        assertThat(calendar.plus(at("2026-03-04T17:00:00Z"), ONE_DAY)).isEqualTo(at("2026-03-05T16:00:00Z"));
    }

    @Test
    void beforeHoursCountsFromOpening() {
        // Wed 07:00 local -> the window is Wednesday 08:30-17:00
        assertThat(calendar.plus(at("2026-03-04T06:00:00Z"), ONE_DAY)).isEqualTo(at("2026-03-04T16:00:00Z"));
        assertThat(calendar.businessTimeBetween(at("2026-03-04T06:00:00Z"), at("2026-03-04T07:30:00Z")))
                .isEqualTo(Duration.ZERO);
    }

    @Test
    void exactlyAtClosingTime() {
        Instant closing = at("2026-03-04T16:00:00Z"); // Wed 17:00 local
        assertThat(calendar.isOpen(closing)).isFalse();
        assertThat(calendar.isOpen(closing.minusSeconds(1))).isTrue();
        assertThat(calendar.isOpen(at("2026-03-05T07:30:00Z"))).isTrue(); // Thu 08:30 local
        assertThat(calendar.plus(closing, Duration.ZERO)).isEqualTo(closing);
        assertThat(calendar.plus(closing, Duration.ofMinutes(1))).isEqualTo(at("2026-03-05T07:31:00Z"));
        // the last minute of the day ends at closing, not at the next opening
        assertThat(calendar.plus(closing.minusSeconds(60), Duration.ofMinutes(1))).isEqualTo(closing);
        assertThat(calendar.nextOpenAtOrAfter(closing)).isEqualTo(at("2026-03-05T07:30:00Z"));
        assertThat(calendar.nextOpenAtOrAfter(at("2026-03-04T10:00:00Z"))).isEqualTo(at("2026-03-04T10:00:00Z"));
    }

    @Test
    void summerTimeStartsOverTheWeekend() {
        // Fri 27 March 15:00 CET (UTC+1); Monday 30 March is CEST (UTC+2): 2 h + 6.5 h = Mon 15:00 CEST
        assertThat(calendar.plus(at("2026-03-27T14:00:00Z"), ONE_DAY)).isEqualTo(at("2026-03-30T13:00:00Z"));
        assertThat(calendar.businessTimeBetween(at("2026-03-27T14:00:00Z"), at("2026-03-30T13:00:00Z")))
                .isEqualTo(ONE_DAY);
    }

    @Test
    void winterTimeStartsOverTheWeekend() {
        // Fri 23 October 15:00 CEST (UTC+2); Monday 26 October is CET (UTC+1): Mon 15:00 CET
        assertThat(calendar.plus(at("2026-10-23T13:00:00Z"), ONE_DAY)).isEqualTo(at("2026-10-26T14:00:00Z"));
    }

    @Test
    void openingHoursAcrossTheClockChangeCountRealTime() {
        // A calendar open on Sundays 01:00-05:00: on 29 March 02:00-03:00 does not exist (3 h of work),
        // on 25 October 02:00-03:00 happens twice (5 h of work).
        BusinessCalendar sundays = new BusinessCalendar(new BusinessCalendarConfig("Europe/Amsterdam",
                Map.of(DayOfWeek.SUNDAY, WorkingHours.of("01:00", "05:00")), List.of()));
        assertThat(sundays.businessTimeBetween(at("2026-03-28T12:00:00Z"), at("2026-03-30T00:00:00Z")))
                .isEqualTo(Duration.ofHours(3));
        assertThat(sundays.businessTimeBetween(at("2026-10-24T12:00:00Z"), at("2026-10-26T00:00:00Z")))
                .isEqualTo(Duration.ofHours(5));
        // 01:00-02:00 CET is 00:00-01:00Z; then 03:00 CEST = 01:00Z, one more hour = 02:00Z
        assertThat(sundays.plus(at("2026-03-29T00:00:00Z"), Duration.ofHours(2))).isEqualTo(at("2026-03-29T02:00:00Z"));
    }

    @Test
    void multiDayWindowOverKingsDay() {
        // Thu 23 April 12:00 CEST, 3 business days (25.5 h): Thu 5 h, Fri 8.5 h, Mon 27 April (King's Day)
        // closed, Tue 8.5 h, Wed 3.5 h from 08:30 = Wed 29 April 12:00 CEST
        assertThat(calendar.plus(at("2026-04-23T10:00:00Z"), ONE_DAY.multipliedBy(3))).isEqualTo(at("2026-04-29T10:00:00Z"));
        assertThat(calendar.businessTimeBetween(at("2026-04-23T10:00:00Z"), at("2026-04-29T10:00:00Z")))
                .isEqualTo(ONE_DAY.multipliedBy(3));
    }

    @Test
    void overChristmasAndTheTurnOfTheYear() {
        // Thu 24 Dec 12:00 CET: 5 h; 25 Dec (Fri) holiday; Mon 28 Dec 08:30 + 3.5 h = 12:00 CET
        assertThat(calendar.plus(at("2026-12-24T11:00:00Z"), ONE_DAY)).isEqualTo(at("2026-12-28T11:00:00Z"));
        // Thu 31 Dec 12:00 CET: 5 h; 1 Jan 2027 (Fri) holiday; Mon 4 Jan 12:00 CET
        assertThat(calendar.plus(at("2026-12-31T11:00:00Z"), ONE_DAY)).isEqualTo(at("2027-01-04T11:00:00Z"));
    }

    @Test
    void timeBetweenIsNegativeBackwards() {
        Instant a = at("2026-03-04T09:00:00Z");
        Instant b = at("2026-03-05T09:00:00Z");
        assertThat(calendar.businessTimeBetween(b, a)).isEqualTo(ONE_DAY.negated());
        assertThat(calendar.businessTimeBetween(a, a)).isEqualTo(Duration.ZERO);
    }

    @Test
    void perDayOpeningHours() {
        // Fridays only until 12:00: Fri 11:00 local + 2 h = 1 h on Friday, 1 h on Monday = Mon 09:30 local
        BusinessCalendar shortFriday = new BusinessCalendar(new BusinessCalendarConfig("Europe/Amsterdam",
                Map.of(DayOfWeek.MONDAY, BusinessCalendarConfig.DEFAULT_HOURS,
                        DayOfWeek.FRIDAY, WorkingHours.of("08:30", "12:00")), List.of()));
        assertThat(shortFriday.plus(at("2026-03-06T10:00:00Z"), Duration.ofHours(2))).isEqualTo(at("2026-03-09T08:30:00Z"));
        assertThat(shortFriday.isWorkingDay(java.time.LocalDate.of(2026, 3, 4))).isFalse();
    }

    @Test
    void otherTimeZone() {
        BusinessCalendar newYork = new BusinessCalendar(new BusinessCalendarConfig("America/New_York",
                Map.of(DayOfWeek.WEDNESDAY, WorkingHours.of("09:00", "17:00")), List.of()));
        // Wed 4 March 2026 09:00 EST = 14:00Z; one hour later = 15:00Z
        assertThat(newYork.plus(at("2026-03-04T09:00:00Z"), Duration.ofHours(1))).isEqualTo(at("2026-03-04T15:00:00Z"));
    }

    @Test
    void negativeDurationIsAProgrammingError() {
        assertThatThrownBy(() -> calendar.plus(Instant.EPOCH, Duration.ofMinutes(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

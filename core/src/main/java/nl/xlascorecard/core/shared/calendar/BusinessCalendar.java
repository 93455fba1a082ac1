package nl.xlascorecard.core.shared.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Business time by a {@link BusinessCalendarConfig}. Business time is real elapsed time that falls
 * inside opening hours: an hour of opening hours is always 60 minutes, also on the night clocks
 * change (opening hours that span the missing or doubled hour count what actually elapses). Local
 * times that do not exist on a day (spring gap) are moved forward like {@code ZonedDateTime} does.
 *
 * <p>Immutable and cheap; create one per settings read.
 */
public final class BusinessCalendar {

    private final ZoneId zone;
    private final Map<DayOfWeek, WorkingHours> hours;
    private final Set<LocalDate> holidays;

    public BusinessCalendar(BusinessCalendarConfig config) {
        Objects.requireNonNull(config, "config");
        this.zone = config.zone();
        this.hours = config.workingHours();
        this.holidays = Set.copyOf(new HashSet<>(config.holidays()));
    }

    public ZoneId zone() {
        return zone;
    }

    /**
     * The earliest instant at which {@code businessTime} of business time has passed since
     * {@code start}. Zero gives {@code start} itself. A start outside opening hours counts from the
     * next opening; a window that ends exactly at closing time ends at closing time (not at the
     * next opening).
     *
     * @throws IllegalArgumentException for a negative duration
     */
    public Instant plus(Instant start, Duration businessTime) {
        Objects.requireNonNull(start, "start");
        if (businessTime.isNegative()) {
            throw new IllegalArgumentException("negative business time " + businessTime);
        }
        if (businessTime.isZero()) {
            return start;
        }
        Duration remaining = businessTime;
        LocalDate day = start.atZone(zone).toLocalDate();
        while (true) {
            Optional<Window> window = windowOn(day);
            if (window.isPresent()) {
                Instant from = later(window.get().opens(), start);
                Instant to = window.get().closes();
                if (from.isBefore(to)) {
                    Duration available = Duration.between(from, to);
                    if (remaining.compareTo(available) <= 0) {
                        return from.plus(remaining);
                    }
                    remaining = remaining.minus(available);
                }
            }
            day = day.plusDays(1);
        }
    }

    /**
     * Business time from {@code a} to {@code b}; negative when {@code b} is before {@code a} (so a
     * due time in the past gives the overdue time as a negative "time left").
     */
    public Duration businessTimeBetween(Instant a, Instant b) {
        if (b.isBefore(a)) {
            return businessTimeBetween(b, a).negated();
        }
        Duration total = Duration.ZERO;
        LocalDate last = b.atZone(zone).toLocalDate();
        for (LocalDate day = a.atZone(zone).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
            Optional<Window> window = windowOn(day);
            if (window.isPresent()) {
                Instant from = later(window.get().opens(), a);
                Instant to = earlier(window.get().closes(), b);
                if (from.isBefore(to)) {
                    total = total.plus(Duration.between(from, to));
                }
            }
        }
        return total;
    }

    /** True when {@code instant} falls inside opening hours (from opening, inclusive, to closing, exclusive). */
    public boolean isOpen(Instant instant) {
        return windowOn(instant.atZone(zone).toLocalDate())
                .filter(w -> !instant.isBefore(w.opens()) && instant.isBefore(w.closes()))
                .isPresent();
    }

    /**
     * The first instant at or after {@code instant} that lies inside opening hours; every instant
     * from {@code instant} up to it is the same amount of business time away from any earlier point.
     */
    public Instant nextOpenAtOrAfter(Instant instant) {
        LocalDate day = instant.atZone(zone).toLocalDate();
        while (true) {
            Optional<Window> window = windowOn(day);
            if (window.isPresent() && instant.isBefore(window.get().closes())) {
                return later(window.get().opens(), instant);
            }
            day = day.plusDays(1);
        }
    }

    public boolean isWorkingDay(LocalDate day) {
        return hours.containsKey(day.getDayOfWeek()) && !holidays.contains(day);
    }

    private Optional<Window> windowOn(LocalDate day) {
        if (!isWorkingDay(day)) {
            return Optional.empty();
        }
        WorkingHours h = hours.get(day.getDayOfWeek());
        return Optional.of(new Window(day.atTime(h.opens()).atZone(zone).toInstant(),
                day.atTime(h.closes()).atZone(zone).toInstant()));
    }

    private static Instant later(Instant x, Instant y) {
        return x.isAfter(y) ? x : y;
    }

    private static Instant earlier(Instant x, Instant y) {
        return x.isBefore(y) ? x : y;
    }

    /** Opening hours of one day as instants. */
    private record Window(Instant opens, Instant closes) {
    }
}

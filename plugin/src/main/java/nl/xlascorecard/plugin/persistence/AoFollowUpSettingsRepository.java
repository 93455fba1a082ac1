package nl.xlascorecard.plugin.persistence;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import com.atlassian.activeobjects.external.ActiveObjects;

import net.java.ao.DBParam;
import net.java.ao.Query;

import nl.xlascorecard.core.followup.domain.FollowUpSettings;
import nl.xlascorecard.core.followup.port.out.FollowUpSettingsRepository;
import nl.xlascorecard.core.shared.calendar.BusinessCalendarConfig;
import nl.xlascorecard.core.shared.calendar.WorkingHours;
import nl.xlascorecard.plugin.persistence.ao.FollowUpSettingsAo;

/**
 * The follow-up settings: one row in {@code FOLLOWUP_SETTINGS}; the defaults until an administrator
 * saves. The last save wins (the port has no version); two first saves at once cannot create two
 * rows because the settings key is unique. The calendar's opening hours and holidays are stored as
 * short text ({@code MONDAY=08:30-17:00;...} and {@code 2026-01-01,...}) so the row stays one row.
 */
public final class AoFollowUpSettingsRepository implements FollowUpSettingsRepository {

    static final String KEY = "global";

    private final ActiveObjects ao;
    private final AoTransactionRunner tx;

    public AoFollowUpSettingsRepository(ActiveObjects ao, AoTransactionRunner tx) {
        this.ao = Objects.requireNonNull(ao, "ao");
        this.tx = Objects.requireNonNull(tx, "tx");
    }

    @Override
    public FollowUpSettings load() {
        FollowUpSettingsAo row = row();
        return row == null ? FollowUpSettings.defaults() : toDomain(row);
    }

    @Override
    public FollowUpSettings save(FollowUpSettings settings) {
        return tx.inTransaction(() -> {
            FollowUpSettingsAo row = row();
            if (row == null) {
                try {
                    row = ao.create(FollowUpSettingsAo.class,
                            new DBParam("SETTINGS_KEY", KEY),
                            new DBParam("UNHAPPY_THRESHOLD", settings.unhappyThreshold()),
                            new DBParam("WINDOW_MINUTES", settings.windowMinutes()),
                            new DBParam("REMINDER_LEAD_MINUTES", settings.reminderLeadMinutes()),
                            new DBParam("MAX_ATTEMPTS", settings.maxAttempts()),
                            new DBParam("MAX_RATING_AGE_DAYS", settings.maxRatingAgeDays()),
                            new DBParam("TIME_ZONE", settings.calendar().timeZone()),
                            new DBParam("WORKING_HOURS", hoursText(settings.calendar().workingHours())));
                } catch (RuntimeException e) {
                    if (UniqueViolations.isUniqueViolation(e)) {
                        throw new UniqueKeyRace("follow-up settings row", e);
                    }
                    throw e;
                }
            }
            write(row, settings);
            row.save();
            return toDomain(row);
        });
    }

    private FollowUpSettingsAo row() {
        FollowUpSettingsAo[] rows = ao.find(FollowUpSettingsAo.class, Query.select().where("SETTINGS_KEY = ?", KEY));
        return rows.length == 0 ? null : rows[0];
    }

    private static void write(FollowUpSettingsAo row, FollowUpSettings s) {
        row.setUnhappyThreshold(s.unhappyThreshold());
        row.setWindowMinutes(s.windowMinutes());
        row.setReminderLeadMinutes(s.reminderLeadMinutes());
        row.setMaxAttempts(s.maxAttempts());
        row.setMaxRatingAgeDays(s.maxRatingAgeDays());
        row.setTimeZone(s.calendar().timeZone());
        row.setWorkingHours(hoursText(s.calendar().workingHours()));
        row.setHolidays(s.calendar().holidays().isEmpty() ? null
                : s.calendar().holidays().stream().map(LocalDate::toString).collect(Collectors.joining(",")));
    }

    /** Days in week order, so the same settings always give the same text. */
    static String hoursText(Map<DayOfWeek, WorkingHours> hours) {
        return new EnumMap<>(hours).entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue().opens() + "-" + e.getValue().closes())
                .collect(Collectors.joining(";"));
    }

    static Map<DayOfWeek, WorkingHours> hours(String text) {
        Map<DayOfWeek, WorkingHours> hours = new EnumMap<>(DayOfWeek.class);
        for (String day : text.split(";")) {
            String[] dayAndTimes = day.split("=");
            String[] times = dayAndTimes[1].split("-");
            hours.put(DayOfWeek.valueOf(dayAndTimes[0]), new WorkingHours(LocalTime.parse(times[0]), LocalTime.parse(times[1])));
        }
        return hours;
    }

    private static FollowUpSettings toDomain(FollowUpSettingsAo row) {
        List<LocalDate> holidays = row.getHolidays() == null ? List.of()
                : Arrays.stream(row.getHolidays().split(",")).map(LocalDate::parse).toList();
        return new FollowUpSettings(row.getUnhappyThreshold(), row.getWindowMinutes(), row.getReminderLeadMinutes(),
                row.getMaxAttempts(), row.getMaxRatingAgeDays(),
                new BusinessCalendarConfig(row.getTimeZone(), hours(row.getWorkingHours()), holidays));
    }
}

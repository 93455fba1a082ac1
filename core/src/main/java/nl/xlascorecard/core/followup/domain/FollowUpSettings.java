package nl.xlascorecard.core.followup.domain;

import java.time.Duration;
import java.util.Objects;

import nl.xlascorecard.core.shared.FieldErrors;
import nl.xlascorecard.core.shared.calendar.BusinessCalendar;
import nl.xlascorecard.core.shared.calendar.BusinessCalendarConfig;

/**
 * Global follow-up settings an administrator controls. Kept apart from {@code AppSettings} so the
 * scorecard settings (and everything that reads them) stay as they are.
 *
 * @param unhappyThreshold    ratings at or below it (1..4) open a follow-up
 * @param windowMinutes       business minutes from the rating to the due time; the default is one
 *                            business day of the default calendar (08:30-17:00 = 510 minutes)
 * @param reminderLeadMinutes business minutes before the due time at which the reminder goes out;
 *                            0 sends no reminders
 * @param maxAttempts         a call logged as NOT_REACHED closes the follow-up once this many
 *                            attempts have been made (1..10)
 * @param maxRatingAgeDays    a rating older than this many days when it is first recorded opens no
 *                            follow-up (so the first reconciliation after installing does not fill
 *                            the queue with months-old calls); its CSAT still counts
 * @param calendar            business days, hours, holidays and time zone
 */
public record FollowUpSettings(int unhappyThreshold, int windowMinutes, int reminderLeadMinutes, int maxAttempts,
                               int maxRatingAgeDays, BusinessCalendarConfig calendar) {

    public static final int DEFAULT_UNHAPPY_THRESHOLD = 2;
    public static final int DEFAULT_WINDOW_MINUTES = 510;
    public static final int DEFAULT_REMINDER_LEAD_MINUTES = 120;
    public static final int DEFAULT_MAX_ATTEMPTS = 3;
    public static final int DEFAULT_MAX_RATING_AGE_DAYS = 14;
    /** Four business weeks of 24-hour days: a wider window is surely a typing error. */
    public static final int MAX_WINDOW_MINUTES = 40_320;
    public static final int MAX_ATTEMPTS_LIMIT = 10;
    public static final int MAX_RATING_AGE_LIMIT = 365;

    /**
     * Validates every field at once.
     *
     * @throws nl.xlascorecard.core.shared.ValidationException naming each invalid field (HTTP 400)
     */
    public FollowUpSettings {
        FieldErrors errors = new FieldErrors();
        errors.range("unhappyThreshold", unhappyThreshold, 1, 4);
        errors.range("windowMinutes", windowMinutes, 1, MAX_WINDOW_MINUTES);
        errors.range("reminderLeadMinutes", reminderLeadMinutes, 0, MAX_WINDOW_MINUTES);
        errors.range("maxAttempts", maxAttempts, 1, MAX_ATTEMPTS_LIMIT);
        errors.range("maxRatingAgeDays", maxRatingAgeDays, 1, MAX_RATING_AGE_LIMIT);
        errors.required("calendar", calendar);
        errors.throwIfAny();
        Objects.requireNonNull(calendar);
    }

    public static FollowUpSettings defaults() {
        return new FollowUpSettings(DEFAULT_UNHAPPY_THRESHOLD, DEFAULT_WINDOW_MINUTES, DEFAULT_REMINDER_LEAD_MINUTES,
                DEFAULT_MAX_ATTEMPTS, DEFAULT_MAX_RATING_AGE_DAYS, BusinessCalendarConfig.defaults());
    }

    public boolean isUnhappy(int rating) {
        return rating <= unhappyThreshold;
    }

    public Duration window() {
        return Duration.ofMinutes(windowMinutes);
    }

    public Duration reminderLead() {
        return Duration.ofMinutes(reminderLeadMinutes);
    }

    public BusinessCalendar businessCalendar() {
        return new BusinessCalendar(calendar);
    }
}

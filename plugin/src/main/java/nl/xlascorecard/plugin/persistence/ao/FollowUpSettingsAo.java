package nl.xlascorecard.plugin.persistence.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * The follow-up settings and business calendar: a single row, found by its constant settings key.
 * Kept apart from {@link AppSettingsAo} so the scorecard's settings table did not have to change.
 */
/* @Preload: every find loads whole rows in its one SELECT, not one more query per column. */
@Preload
@Table("FOLLOWUP_SETTINGS")
public interface FollowUpSettingsAo extends Entity {

    /** Always {@code global}; unique, so two first saves cannot create two rows. */
    @NotNull
    @Unique
    @Indexed
    @StringLength(20)
    String getSettingsKey();

    void setSettingsKey(String settingsKey);

    @NotNull
    int getUnhappyThreshold();

    void setUnhappyThreshold(int unhappyThreshold);

    @NotNull
    int getWindowMinutes();

    void setWindowMinutes(int windowMinutes);

    @NotNull
    int getReminderLeadMinutes();

    void setReminderLeadMinutes(int reminderLeadMinutes);

    @NotNull
    int getMaxAttempts();

    void setMaxAttempts(int maxAttempts);

    @NotNull
    int getMaxRatingAgeDays();

    void setMaxRatingAgeDays(int maxRatingAgeDays);

    /** IANA zone id of the business calendar. */
    @NotNull
    @StringLength(64)
    String getTimeZone();

    void setTimeZone(String timeZone);

    /** Opening hours per working day, e.g. {@code MONDAY=08:30-17:00;TUESDAY=08:30-17:00}. */
    @NotNull
    @StringLength(255)
    String getWorkingHours();

    void setWorkingHours(String workingHours);

    /** ISO dates, ascending, comma-separated; null when there are none. */
    @StringLength(StringLength.UNLIMITED)
    String getHolidays();

    void setHolidays(String holidays);
}

package nl.xlascorecard.plugin.persistence;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Conversions between domain values and column values. Instants are stored as epoch milliseconds
 * and dates as ISO text, so nothing depends on the time zone of the JVM or the database; empty
 * strings are stored as NULL, because Oracle (supported by Jira) cannot tell them apart.
 */
final class Columns {

    private Columns() {
    }

    static String text(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    static Long millis(Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }

    static Instant instant(Long millis) {
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }

    static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    static LocalDate date(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }
}

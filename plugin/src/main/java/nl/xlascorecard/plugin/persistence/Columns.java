package nl.xlascorecard.plugin.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import net.java.ao.DBParam;

/**
 * Conversions between domain values and column values. Instants are stored as epoch milliseconds
 * and dates as ISO text, so nothing depends on the time zone of the JVM or the database; empty
 * strings are stored as NULL, because Oracle (supported by Jira) cannot tell them apart.
 */
final class Columns {

    private Columns() {
    }

    /**
     * Adds a column to an {@code ao.create} unless its value is null: a new row's null columns are
     * left out of the INSERT (they are NULL anyway).
     */
    static void addIfPresent(List<DBParam> columns, String column, Object value) {
        if (value != null) {
            columns.add(new DBParam(column, value));
        }
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

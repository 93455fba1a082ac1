package nl.xlascorecard.core.shared;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the field errors of one request so that the client learns about all of them at once,
 * then throws a single {@link ValidationException}. Holds the generic rules (required, length,
 * range) with their shared message keys; feature rules add their own keys with {@link #add}.
 */
public final class FieldErrors {

    public static final String REQUIRED = "xla.error.field.required";
    public static final String TOO_LONG = "xla.error.field.tooLong";
    public static final String RANGE = "xla.error.field.range";
    public static final String INVALID_CHOICE = "xla.error.field.invalidChoice";
    public static final String DATE_RANGE = "xla.error.field.dateRange";
    /** Dates the app accepts: a calendar year of four digits, as the database columns store them. */
    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 9999;

    private final List<FieldError> errors = new ArrayList<>();

    public FieldErrors add(String field, String messageKey, String... args) {
        errors.add(new FieldError(field, messageKey, args));
        return this;
    }

    public FieldErrors addAll(List<FieldError> more) {
        errors.addAll(more);
        return this;
    }

    /** Reports a missing value; returns true when the value is present. */
    public boolean required(String field, Object value) {
        boolean present = value != null && !(value instanceof String s && s.isBlank());
        if (!present) {
            add(field, REQUIRED);
        }
        return present;
    }

    /** Reports a text longer than {@code max} characters; {@code null} passes. */
    public void maxLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            add(field, TOO_LONG, String.valueOf(max));
        }
    }

    /** Reports a number outside {@code min..max}. */
    public void range(String field, long value, long min, long max) {
        if (value < min || value > max) {
            add(field, RANGE, String.valueOf(min), String.valueOf(max));
        }
    }

    /**
     * Reports a date outside the years {@value #MIN_YEAR}..{@value #MAX_YEAR}; {@code null} passes.
     * Returns true when the date is present and in range. Years beyond four digits or before year 1
     * parse as ISO dates but cannot be stored, and no scorecard date lies before 1900.
     */
    public boolean dateInRange(String field, LocalDate value) {
        if (value == null) {
            return false;
        }
        if (value.getYear() < MIN_YEAR || value.getYear() > MAX_YEAR) {
            add(field, DATE_RANGE, String.valueOf(MIN_YEAR), String.valueOf(MAX_YEAR));
            return false;
        }
        return true;
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public List<FieldError> list() {
        return List.copyOf(errors);
    }

    /** Throws one {@link ValidationException} with every collected error, if there is any. */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}

package nl.xlascorecard.plugin.rest.input;

import java.util.ArrayList;
import java.util.List;

import nl.xlascorecard.core.shared.FieldError;
import nl.xlascorecard.core.shared.ValidationException;

/**
 * Query parameters other than paging, read strictly: text that is not of the parameter's type is a
 * 400 naming the parameter (not a silent default). Ranges are the core's.
 */
public final class QueryParams {

    private QueryParams() {
    }

    /** A whole number of days, e.g. {@code ?days=90}; absent means {@code absent}. */
    public static int days(String text, int absent) {
        return wholeNumber("days", text, absent);
    }

    /** A whole number such as {@code ?months=12}; absent or empty means {@code absent}. */
    public static int wholeNumber(String name, String text, int absent) {
        Long value = optionalLong(name, text);
        if (value == null) {
            return absent;
        }
        if (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE) {
            throw ValidationException.of(name, JsonObjectReader.TOO_LARGE);
        }
        return value.intValue();
    }

    /** A whole number parameter such as {@code ?slaDays=30}; absent or empty means {@code absent}. */
    public static int intValue(String name, String text, int absent) {
        Long value = optionalLong(name, text);
        if (value == null) {
            return absent;
        }
        if (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE) {
            throw ValidationException.of(name, JsonObjectReader.TOO_LARGE);
        }
        return value.intValue();
    }

    /** An id such as {@code ?organisationId=10001}; absent or empty means {@code null}. */
    public static Long optionalLong(String name, String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        List<FieldError> errors = new ArrayList<>();
        Long value = number(name, text, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return value;
    }

    /** Every value of a repeated parameter, e.g. {@code ?organisationId=1&organisationId=2}. */
    public static List<Long> longs(String name, List<String> texts) {
        List<FieldError> errors = new ArrayList<>();
        List<Long> values = new ArrayList<>();
        for (String text : texts == null ? List.<String>of() : texts) {
            Long value = number(name, text, errors);
            if (value != null) {
                values.add(value);
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(List.of(errors.get(0)));
        }
        return values;
    }

    /** {@code true} or {@code false} exactly; absent or empty means {@code false}. */
    public static boolean flag(String name, String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        return switch (text.trim()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ValidationException.of(name, JsonObjectReader.BOOLEAN);
        };
    }

    private static Long number(String name, String text, List<FieldError> errors) {
        String trimmed = text == null ? "" : text.trim();
        if (!trimmed.matches("[+-]?\\d+")) {
            errors.add(new FieldError(name, JsonObjectReader.WHOLE_NUMBER));
            return null;
        }
        try {
            return Long.parseLong(trimmed);
        } catch (NumberFormatException e) {
            errors.add(new FieldError(name, JsonObjectReader.TOO_LARGE));
            return null;
        }
    }
}

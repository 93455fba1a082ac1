package nl.xlascorecard.plugin.rest.input;

import java.util.ArrayList;
import java.util.List;

import nl.xlascorecard.core.shared.FieldError;
import nl.xlascorecard.core.shared.PageRequest;
import nl.xlascorecard.core.shared.ValidationException;

/**
 * The {@code start} and {@code limit} query parameters of a list. Absent means the first page of
 * {@link PageRequest#DEFAULT_LIMIT}; text that is not a whole number is a 400 naming the parameter;
 * the range ({@code start >= 0}, {@code 1 <= limit <= 100}) is checked by {@link PageRequest}.
 */
public final class PageParams {

    private PageParams() {
    }

    public static PageRequest of(String start, String limit) {
        List<FieldError> errors = new ArrayList<>();
        int first = number("start", start, 0, errors);
        int size = number("limit", limit, PageRequest.DEFAULT_LIMIT, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new PageRequest(first, size);
    }

    private static int number(String name, String text, int absent, List<FieldError> errors) {
        if (text == null || text.isEmpty()) {
            return absent;
        }
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            boolean digits = text.trim().matches("[+-]?\\d+");
            errors.add(new FieldError(name, digits ? JsonObjectReader.TOO_LARGE : JsonObjectReader.WHOLE_NUMBER));
            return absent;
        }
    }
}

package nl.xlascorecard.plugin.rest.error;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Jira's REST error shape: {@code {"errorMessages": [...], "errors": {"field": "text"}}}. Texts are
 * already in the caller's language; never an exception message or stack trace.
 */
@JsonPropertyOrder({"errorMessages", "errors"})
public record ErrorBody(List<String> errorMessages, Map<String, String> errors) {

    public ErrorBody {
        errorMessages = List.copyOf(errorMessages);
        // Copy keeps the caller's order (fields in the order they were found), unlike Map.copyOf.
        errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }

    public static ErrorBody message(String text) {
        return new ErrorBody(List.of(text), Map.of());
    }

    public static ErrorBody fields(Map<String, String> errors) {
        return new ErrorBody(List.of(), errors);
    }
}

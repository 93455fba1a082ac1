package nl.xlascorecard.core.shared;

import java.util.List;

/**
 * A slice of a list, as JSM's REST API pages: {@code start} (0-based offset) and {@code limit}.
 * Limits are capped so that no request loads an unbounded list into memory.
 */
public record PageRequest(int start, int limit) {

    public static final int DEFAULT_LIMIT = 25;
    public static final int MAX_LIMIT = 100;

    public PageRequest {
        if (start < 0) {
            throw new ValidationException(List.of(new FieldError("start", "xla.error.page.start")));
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ValidationException(List.of(new FieldError("limit", "xla.error.page.limit", String.valueOf(MAX_LIMIT))));
        }
    }

    public static PageRequest first(int limit) {
        return new PageRequest(0, limit);
    }
}

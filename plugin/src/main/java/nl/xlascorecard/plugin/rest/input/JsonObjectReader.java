package nl.xlascorecard.plugin.rest.input;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.xlascorecard.core.shared.FieldError;
import nl.xlascorecard.core.shared.FieldErrors;
import nl.xlascorecard.core.shared.ValidationException;

/**
 * Reads the fields of one JSON object with strict types and collects every shape error (wrong
 * type, missing required field, unknown field) as a {@link FieldError} named by its path, e.g.
 * {@code scores.REL_1} or {@code categories[2].name.nl}. Readers of nested objects share the list,
 * so one {@link #validate()} reports all problems of a body at once. Value rules (ranges, lengths,
 * known keys) are the core's; this class only makes sure the values have the right JSON type.
 *
 * <p>A JSON {@code null} counts as absent. Getters return {@code null} for absent or wrong values:
 * callers must call {@link #validate()} before using what they read.
 */
public final class JsonObjectReader {

    static final String REQUIRED = FieldErrors.REQUIRED;
    static final String UNKNOWN_FIELD = "xla.error.json.unknownfield";
    static final String TEXT = "xla.error.json.text";
    static final String WHOLE_NUMBER = "xla.error.json.integer";
    static final String TOO_LARGE = "xla.error.json.toolarge";
    static final String BOOLEAN = "xla.error.json.boolean";
    static final String DATE = "xla.error.json.date";
    static final String INSTANT = "xla.error.json.instant";
    static final String TIME = "xla.error.json.time";
    static final String ONE_OF = FieldErrors.INVALID_CHOICE;
    static final String OBJECT = "xla.error.json.object";
    static final String ARRAY = "xla.error.json.array";
    static final String NUMBER = "xla.error.json.number";

    /** {@code HH:mm}, as time inputs send it; seconds would suggest a precision opening hours do not have. */
    private static final Pattern TIME_OF_DAY = Pattern.compile("[0-9]{2}:[0-9]{2}");

    private final ObjectNode node;
    private final String path;
    private final List<FieldError> errors;

    JsonObjectReader(ObjectNode node, String path, Set<String> allowedFields, List<FieldError> errors) {
        this.node = node;
        this.path = path;
        this.errors = errors;
        for (Map.Entry<String, JsonNode> property : node.properties()) {
            if (!allowedFields.contains(property.getKey())) {
                errors.add(new FieldError(path(property.getKey()), UNKNOWN_FIELD));
            }
        }
    }

    /** Throws the collected shape errors as one 400, if there are any. */
    public void validate() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    public String requiredText(String field) {
        return required(field) ? optionalText(field) : null;
    }

    public String optionalText(String field) {
        JsonNode value = value(field);
        if (value == null) {
            return null;
        }
        if (!value.isTextual()) {
            return reject(field, TEXT);
        }
        return value.textValue();
    }

    public Integer requiredInt(String field) {
        return required(field) ? optionalInt(field) : null;
    }

    public Integer optionalInt(String field) {
        return wholeNumber(path(field), value(field));
    }

    public Long requiredLong(String field) {
        return required(field) ? optionalLong(field) : null;
    }

    public Long optionalLong(String field) {
        JsonNode value = value(field);
        if (value == null) {
            return null;
        }
        if (!value.isIntegralNumber()) {
            return reject(field, WHOLE_NUMBER);
        }
        if (!value.canConvertToLong()) {
            return reject(field, TOO_LARGE);
        }
        return value.longValue();
    }

    /** Any JSON number (whole or decimal) within the range of a {@code double}; text is refused. */
    public Double optionalNumber(String field) {
        JsonNode value = value(field);
        if (value == null) {
            return null;
        }
        if (!value.isNumber()) {
            return reject(field, NUMBER);
        }
        double number = value.doubleValue();
        if (Double.isInfinite(number) || Double.isNaN(number)) {
            return reject(field, TOO_LARGE);
        }
        return number;
    }

    public Boolean requiredBoolean(String field) {
        return required(field) ? optionalBoolean(field) : null;
    }

    public Boolean optionalBoolean(String field) {
        JsonNode value = value(field);
        if (value == null) {
            return null;
        }
        if (!value.isBoolean()) {
            return reject(field, BOOLEAN);
        }
        return value.booleanValue();
    }

    public LocalDate requiredDate(String field) {
        return required(field) ? optionalDate(field) : null;
    }

    /** A calendar date written {@code yyyy-MM-dd}. */
    public LocalDate optionalDate(String field) {
        JsonNode value = value(field);
        if (value == null) {
            return null;
        }
        if (!value.isTextual()) {
            return reject(field, DATE);
        }
        try {
            return LocalDate.parse(value.textValue());
        } catch (DateTimeParseException e) {
            return reject(field, DATE);
        }
    }

    /** A point in time written as ISO-8601 with an offset or {@code Z}, e.g. {@code 2026-03-04T09:30:00Z}. */
    public Instant optionalInstant(String field) {
        JsonNode value = value(field);
        if (value == null) {
            return null;
        }
        if (!value.isTextual()) {
            return reject(field, INSTANT);
        }
        try {
            return OffsetDateTime.parse(value.textValue()).toInstant();
        } catch (DateTimeParseException e) {
            return reject(field, INSTANT);
        }
    }

    /** A time of day written {@code HH:mm} (00:00..23:59). */
    public LocalTime requiredTime(String field) {
        if (!required(field)) {
            return null;
        }
        JsonNode value = value(field);
        if (!value.isTextual() || !TIME_OF_DAY.matcher(value.textValue()).matches()) {
            return reject(field, TIME);
        }
        try {
            return LocalTime.parse(value.textValue());
        } catch (DateTimeParseException e) {
            return reject(field, TIME);
        }
    }

    /** An array of dates ({@code yyyy-MM-dd}); a wrong element is an error at {@code field[i]}. */
    public List<LocalDate> requiredDateList(String field) {
        if (!required(field)) {
            return List.of();
        }
        JsonNode value = value(field);
        if (!(value instanceof ArrayNode array)) {
            reject(field, ARRAY);
            return List.of();
        }
        List<LocalDate> dates = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            LocalDate date = array.get(i).isTextual() ? date(array.get(i).textValue()) : null;
            if (date == null) {
                errors.add(new FieldError(path(field) + "[" + i + "]", DATE));
            } else {
                dates.add(date);
            }
        }
        return dates;
    }

    public <E extends Enum<E>> E requiredEnum(String field, Class<E> type) {
        return required(field) ? optionalEnum(field, type) : null;
    }

    /** One of the enum's names, exactly as written in the API documentation (upper case). */
    public <E extends Enum<E>> E optionalEnum(String field, Class<E> type) {
        JsonNode value = value(field);
        if (value == null) {
            return null;
        }
        E constant = value.isTextual() ? constant(type, value.textValue()) : null;
        if (constant == null) {
            return reject(field, ONE_OF, names(type));
        }
        return constant;
    }

    /** An array of texts; {@code null} entries and other types are errors at {@code field[i]}. */
    public List<String> optionalTextList(String field) {
        JsonNode value = value(field);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof ArrayNode array)) {
            reject(field, ARRAY);
            return List.of();
        }
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode element = array.get(i);
            if (element.isTextual()) {
                texts.add(element.textValue());
            } else {
                errors.add(new FieldError(path(field) + "[" + i + "]", TEXT));
            }
        }
        return texts;
    }

    /** A nested object with its own known fields; {@code null} when absent or not an object. */
    public JsonObjectReader requiredObject(String field, Set<String> allowedFields) {
        if (!required(field)) {
            return null;
        }
        JsonNode value = value(field);
        if (!(value instanceof ObjectNode object)) {
            return reject(field, OBJECT);
        }
        return new JsonObjectReader(object, path(field), allowedFields, errors);
    }

    /** As {@link #requiredObject} for a field that may be absent (or JSON {@code null}). */
    public JsonObjectReader optionalObject(String field, Set<String> allowedFields) {
        JsonNode value = value(field);
        if (value == null) {
            return null;
        }
        if (!(value instanceof ObjectNode object)) {
            return reject(field, OBJECT);
        }
        return new JsonObjectReader(object, path(field), allowedFields, errors);
    }

    /** A required array of objects, each read with the same known fields. */
    public List<JsonObjectReader> requiredObjectList(String field, Set<String> allowedFields) {
        if (!required(field)) {
            return List.of();
        }
        JsonNode value = value(field);
        if (!(value instanceof ArrayNode array)) {
            reject(field, ARRAY);
            return List.of();
        }
        List<JsonObjectReader> readers = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String elementPath = path(field) + "[" + i + "]";
            if (array.get(i) instanceof ObjectNode object) {
                readers.add(new JsonObjectReader(object, elementPath, allowedFields, errors));
            } else {
                errors.add(new FieldError(elementPath, OBJECT));
            }
        }
        return readers;
    }

    /**
     * An object of whole numbers by key, e.g. scores. A {@code null} value is kept as {@code null}
     * (for scores: "no opinion"); any other non-integer value is an error at {@code field.key}.
     */
    public Map<String, Integer> optionalWholeNumberMap(String field) {
        JsonNode value = value(field);
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof ObjectNode object)) {
            reject(field, OBJECT);
            return Map.of();
        }
        Map<String, Integer> numbers = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : object.properties()) {
            JsonNode number = entry.getValue();
            numbers.put(entry.getKey(), number.isNull() ? null : wholeNumber(path(field) + "." + entry.getKey(), number));
        }
        return numbers;
    }

    /**
     * An object of texts keyed by an enum's names, e.g. comments per category. {@code null} values
     * are left out; an unknown key is an error at {@code field.key}.
     */
    public <E extends Enum<E>> Map<E, String> optionalTextByEnumMap(String field, Class<E> keyType) {
        JsonNode value = value(field);
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof ObjectNode object)) {
            reject(field, OBJECT);
            return Map.of();
        }
        Map<E, String> texts = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : object.properties()) {
            String entryPath = path(field) + "." + entry.getKey();
            E key = constant(keyType, entry.getKey());
            JsonNode text = entry.getValue();
            if (key == null) {
                errors.add(new FieldError(entryPath, ONE_OF, names(keyType)));
            } else if (text.isTextual()) {
                texts.put(key, text.textValue());
            } else if (!text.isNull()) {
                errors.add(new FieldError(entryPath, TEXT));
            }
        }
        return texts;
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private Integer wholeNumber(String fieldPath, JsonNode value) {
        if (value == null) {
            return null;
        }
        if (!value.isIntegralNumber()) {
            errors.add(new FieldError(fieldPath, WHOLE_NUMBER));
            return null;
        }
        if (!value.canConvertToInt()) {
            errors.add(new FieldError(fieldPath, TOO_LARGE));
            return null;
        }
        return value.intValue();
    }

    private boolean required(String field) {
        if (value(field) == null) {
            errors.add(new FieldError(path(field), REQUIRED));
            return false;
        }
        return true;
    }

    /** The field's value, or {@code null} when it is absent or JSON {@code null}. */
    private JsonNode value(String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value;
    }

    private <T> T reject(String field, String messageKey, String... args) {
        errors.add(new FieldError(path(field), messageKey, args));
        return null;
    }

    private String path(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String name) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        return null;
    }

    static <E extends Enum<E>> String names(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}

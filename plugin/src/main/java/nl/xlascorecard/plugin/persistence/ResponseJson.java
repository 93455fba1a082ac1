package nl.xlascorecard.plugin.persistence;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import nl.xlascorecard.core.scorecard.domain.Category;

/**
 * Scores and comments of a response as compact JSON objects, e.g. {@code {"REL_1":80,"REL_2":65}}
 * (about 12 characters a score); an empty map is stored as NULL.
 */
final class ResponseJson {

    private ResponseJson() {
    }

    static String writeScores(Map<String, Integer> scores) {
        return scores.isEmpty() ? null : TinyJson.write(new TreeMap<>(scores));
    }

    static Map<String, Integer> readScores(String json) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        if (json != null) {
            object(json).forEach((key, value) -> {
                if (!(value instanceof Long score) || score < Integer.MIN_VALUE || score > Integer.MAX_VALUE) {
                    throw new IllegalArgumentException("stored score of " + key + " is not a whole number");
                }
                scores.put(key, score.intValue());
            });
        }
        return scores;
    }

    static String writeComments(Map<Category, String> comments) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Category category : Category.values()) {
            String text = comments.get(category);
            if (text != null && !text.isEmpty()) {
                out.put(category.name(), text);
            }
        }
        return out.isEmpty() ? null : TinyJson.write(out);
    }

    static Map<Category, String> readComments(String json) {
        Map<Category, String> comments = new EnumMap<>(Category.class);
        if (json != null) {
            object(json).forEach((key, value) -> {
                if (!(value instanceof String text)) {
                    throw new IllegalArgumentException("stored comment of " + key + " is not text");
                }
                comments.put(Category.valueOf(key), text);
            });
        }
        return comments;
    }

    @SuppressWarnings("unchecked") // TinyJson reads objects as Map<String, Object>
    private static Map<String, Object> object(String json) {
        Object value = TinyJson.read(json);
        if (value instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw new IllegalArgumentException("stored value is not a JSON object");
    }
}

package nl.xlascorecard.plugin.persistence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.xlascorecard.core.scorecard.domain.Category;
import nl.xlascorecard.core.scorecard.domain.LocalizedText;
import nl.xlascorecard.core.scorecard.domain.TemplateCategory;
import nl.xlascorecard.core.scorecard.domain.TemplateStatement;

/**
 * The body of a stored template version as JSON text: its categories with names, descriptions and
 * statements in both languages. A version is never changed once stored and is always read whole,
 * so one text column beats a table per level (no joins, one row per version). The text carries a
 * {@code format} number: a later change of the layout adds a number and keeps reading the old one.
 */
public final class TemplateJson {

    /** Layout written by this code. */
    public static final int FORMAT = 1;

    private TemplateJson() {
    }

    public static String write(List<TemplateCategory> categories) {
        List<Object> out = new ArrayList<>();
        for (TemplateCategory category : categories) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("category", category.category().name());
            c.put("name", text(category.name()));
            c.put("description", text(category.description()));
            List<Object> statements = new ArrayList<>();
            for (TemplateStatement statement : category.statements()) {
                Map<String, Object> s = new LinkedHashMap<>();
                s.put("key", statement.key());
                s.put("text", text(statement.text()));
                statements.add(s);
            }
            c.put("statements", statements);
            out.add(c);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("format", FORMAT);
        body.put("categories", out);
        return TinyJson.write(body);
    }

    /** @throws IllegalArgumentException when the text is not a template body this code knows */
    public static List<TemplateCategory> read(String json) {
        Map<String, Object> body = object(TinyJson.read(json), "body");
        Object format = body.get("format");
        if (!(format instanceof Long number) || number != FORMAT) {
            throw new IllegalArgumentException("Unknown template body format: " + format);
        }
        List<TemplateCategory> categories = new ArrayList<>();
        for (Object item : list(body.get("categories"), "categories")) {
            Map<String, Object> c = object(item, "category");
            List<TemplateStatement> statements = new ArrayList<>();
            for (Object s : list(c.get("statements"), "statements")) {
                Map<String, Object> statement = object(s, "statement");
                statements.add(new TemplateStatement(string(statement.get("key"), "key"), text(statement.get("text"))));
            }
            categories.add(new TemplateCategory(Category.valueOf(string(c.get("category"), "category")),
                    text(c.get("name")), text(c.get("description")), statements));
        }
        return categories;
    }

    private static Map<String, Object> text(LocalizedText text) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("en", text.en());
        t.put("nl", text.nl());
        return t;
    }

    private static LocalizedText text(Object value) {
        Map<String, Object> t = object(value, "text");
        return new LocalizedText(string(t.get("en"), "en"), string(t.get("nl"), "nl"));
    }

    @SuppressWarnings("unchecked") // TinyJson reads objects as Map<String, Object>
    private static Map<String, Object> object(Object value, String what) {
        if (value instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw new IllegalArgumentException(what + ": object expected");
    }

    private static List<?> list(Object value, String what) {
        if (value instanceof List<?> list) {
            return list;
        }
        throw new IllegalArgumentException(what + ": array expected");
    }

    private static String string(Object value, String what) {
        if (value instanceof String s) {
            return s;
        }
        throw new IllegalArgumentException(what + ": string expected");
    }
}

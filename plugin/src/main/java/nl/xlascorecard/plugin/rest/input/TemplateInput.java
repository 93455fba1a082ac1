package nl.xlascorecard.plugin.rest.input;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import nl.xlascorecard.core.scorecard.domain.Category;
import nl.xlascorecard.core.scorecard.domain.LocalizedText;
import nl.xlascorecard.core.scorecard.domain.TemplateCategory;
import nl.xlascorecard.core.scorecard.domain.TemplateStatement;

/**
 * Body of {@code POST /template}: the edited categories and the version they were based on. Only
 * the shape is checked here (every text present in English and Dutch, categories known); the
 * template's rules (five categories, five statements each, unique keys, no blank text) are the core's.
 */
public final class TemplateInput {

    static final Set<String> FIELDS = Set.of("basedOnVersion", "categories");
    static final Set<String> CATEGORY_FIELDS = Set.of("category", "name", "description", "statements");
    static final Set<String> STATEMENT_FIELDS = Set.of("key", "text");
    static final Set<String> TEXT_FIELDS = Set.of("en", "nl");

    /** What the client sent, ready for {@code ManageTemplate.saveNewVersion}. */
    public record Draft(int basedOnVersion, List<TemplateCategory> categories) {
    }

    private TemplateInput() {
    }

    public static Draft read(InputStream body) {
        JsonObjectReader json = JsonBody.read(body, FIELDS);
        Integer basedOnVersion = json.requiredInt("basedOnVersion");
        List<CategoryFields> categories = json.requiredObjectList("categories", CATEGORY_FIELDS).stream()
                .map(CategoryFields::read)
                .toList();
        json.validate();
        return new Draft(basedOnVersion, categories.stream().map(CategoryFields::toCategory).toList());
    }

    private record CategoryFields(Category category, TextFields name, TextFields description,
                                  List<StatementFields> statements) {

        static CategoryFields read(JsonObjectReader json) {
            return new CategoryFields(json.requiredEnum("category", Category.class),
                    TextFields.read(json, "name"), TextFields.read(json, "description"),
                    json.requiredObjectList("statements", STATEMENT_FIELDS).stream().map(StatementFields::read).toList());
        }

        TemplateCategory toCategory() {
            List<TemplateStatement> list = new ArrayList<>();
            statements.forEach(s -> list.add(s.toStatement()));
            return new TemplateCategory(category, name.toText(), description.toText(), list);
        }
    }

    private record StatementFields(String key, TextFields text) {

        static StatementFields read(JsonObjectReader json) {
            return new StatementFields(json.requiredText("key"), TextFields.read(json, "text"));
        }

        TemplateStatement toStatement() {
            return new TemplateStatement(key, text.toText());
        }
    }

    private record TextFields(String en, String nl) {

        static TextFields read(JsonObjectReader parent, String field) {
            JsonObjectReader json = parent.requiredObject(field, TEXT_FIELDS);
            return json == null ? new TextFields(null, null) : new TextFields(json.requiredText("en"), json.requiredText("nl"));
        }

        LocalizedText toText() {
            return new LocalizedText(en, nl);
        }
    }
}

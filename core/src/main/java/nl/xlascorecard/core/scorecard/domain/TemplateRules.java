package nl.xlascorecard.core.scorecard.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import nl.xlascorecard.core.shared.FieldError;
import nl.xlascorecard.core.shared.FieldErrors;

/**
 * The rules an edited template must meet before it becomes a new version: all five categories in
 * {@link Category} order, five statements each, statement keys unique and shaped like {@code REL_1},
 * and every text present in both languages and not too long. Every problem is reported with the
 * path of the field as the editor sends it, e.g. {@code categories[2].statements[4].text.nl}.
 */
public final class TemplateRules {

    public static final Pattern KEY_FORMAT = Pattern.compile("[A-Z]{3}_[0-9]{1,2}");
    public static final int MAX_NAME = 100;
    public static final int MAX_TEXT = 500;

    public static final String CATEGORY_COUNT = "xla.error.template.categoryCount";
    public static final String CATEGORY_ORDER = "xla.error.template.categoryOrder";
    public static final String STATEMENT_COUNT = "xla.error.template.statementCount";
    public static final String KEY_FORMAT_KEY = "xla.error.template.keyFormat";
    public static final String KEY_DUPLICATE = "xla.error.template.keyDuplicate";
    public static final String KEY_CHANGED = "xla.error.template.keyChanged";

    private TemplateRules() {
    }

    /** Every rule broken by {@code categories}; empty when the template is valid. */
    public static List<FieldError> check(List<TemplateCategory> categories) {
        FieldErrors errors = new FieldErrors();
        Category[] expected = Category.values();
        if (categories == null || categories.size() != expected.length) {
            return errors.add("categories", CATEGORY_COUNT, String.valueOf(expected.length)).list();
        }
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < expected.length; i++) {
            String path = "categories[" + i + "]";
            TemplateCategory category = categories.get(i);
            if (category == null) {
                errors.add(path, FieldErrors.REQUIRED);
                continue;
            }
            if (category.category() != expected[i]) {
                errors.add(path + ".category", CATEGORY_ORDER, expected[i].name());
            }
            checkText(errors, path + ".name", category.name(), MAX_NAME);
            checkText(errors, path + ".description", category.description(), MAX_TEXT);
            checkStatements(errors, path, category.statements(), keys);
        }
        return errors.list();
    }

    /**
     * Every statement key of {@code categories} must be one of the keys of the same category in
     * {@code base}, the version the edit starts from. With five unique keys per category this keeps
     * each category's key set as it was: results compare statements across rounds (and template
     * versions) by key, so texts may be reworded but keys may not be renamed or moved. Call after
     * {@link #check} passed.
     */
    public static List<FieldError> checkKeysKept(ScorecardTemplate base, List<TemplateCategory> categories) {
        FieldErrors errors = new FieldErrors();
        for (int i = 0; i < categories.size(); i++) {
            TemplateCategory category = categories.get(i);
            List<String> allowed = base.categories().stream().filter(c -> c.category() == category.category())
                    .flatMap(c -> c.statements().stream()).map(TemplateStatement::key).toList();
            List<TemplateStatement> statements = category.statements();
            for (int j = 0; j < statements.size(); j++) {
                if (!allowed.contains(statements.get(j).key())) {
                    errors.add("categories[" + i + "].statements[" + j + "].key", KEY_CHANGED,
                            String.join(", ", allowed));
                }
            }
        }
        return errors.list();
    }

    private static void checkStatements(FieldErrors errors, String categoryPath, List<TemplateStatement> statements,
                                         Set<String> keysSoFar) {
        if (statements.size() != ScorecardTemplate.STATEMENTS_PER_CATEGORY) {
            errors.add(categoryPath + ".statements", STATEMENT_COUNT,
                    String.valueOf(ScorecardTemplate.STATEMENTS_PER_CATEGORY));
            return;
        }
        for (int j = 0; j < statements.size(); j++) {
            String path = categoryPath + ".statements[" + j + "]";
            TemplateStatement statement = statements.get(j);
            String key = statement.key();
            if (errors.required(path + ".key", key)) {
                if (!KEY_FORMAT.matcher(key).matches()) {
                    errors.add(path + ".key", KEY_FORMAT_KEY);
                } else if (!keysSoFar.add(key)) {
                    errors.add(path + ".key", KEY_DUPLICATE, key);
                }
            }
            checkText(errors, path + ".text", statement.text(), MAX_TEXT);
        }
    }

    private static void checkText(FieldErrors errors, String path, LocalizedText text, int max) {
        if (errors.required(path + ".en", text.en())) {
            errors.maxLength(path + ".en", text.en(), max);
        }
        if (errors.required(path + ".nl", text.nl())) {
            errors.maxLength(path + ".nl", text.nl(), max);
        }
    }
}

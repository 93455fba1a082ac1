package nl.xlascorecard.core.scorecard.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

import nl.xlascorecard.core.shared.FieldError;

class TemplateRulesTest {

    private static List<String> check(List<TemplateCategory> categories) {
        return TemplateRules.check(categories).stream().map(e -> e.field() + "=" + e.messageKey()).toList();
    }

    /** The default template with category {@code i} replaced. */
    private static List<TemplateCategory> withCategory(int i, UnaryOperator<TemplateCategory> change) {
        List<TemplateCategory> categories = new ArrayList<>(DefaultTemplate.categories());
        categories.set(i, change.apply(categories.get(i)));
        return categories;
    }

    /** The default template with statement {@code j} of category {@code i} replaced. */
    private static List<TemplateCategory> withStatement(int i, int j, TemplateStatement statement) {
        return withCategory(i, c -> {
            List<TemplateStatement> statements = new ArrayList<>(c.statements());
            statements.set(j, statement);
            return new TemplateCategory(c.category(), c.name(), c.description(), statements);
        });
    }

    @Test
    void needsExactlyFiveCategories() {
        assertThat(TemplateRules.check(DefaultTemplate.categories().subList(0, 4)))
                .containsExactly(new FieldError("categories", "xla.error.template.categoryCount", "5"));
        assertThat(check(null)).containsExactly("categories=xla.error.template.categoryCount");
    }

    @Test
    void categoriesMustBeInOrder() {
        List<TemplateCategory> swapped = new ArrayList<>(DefaultTemplate.categories());
        swapped.set(0, DefaultTemplate.categories().get(1));
        swapped.set(1, DefaultTemplate.categories().get(0));
        assertThat(TemplateRules.check(swapped)).contains(
                new FieldError("categories[0].category", "xla.error.template.categoryOrder", "RELIABILITY"),
                new FieldError("categories[1].category", "xla.error.template.categoryOrder", "ASSURANCE"));
    }

    @Test
    void missingCategoryIsRequired() {
        List<TemplateCategory> categories = new ArrayList<>(DefaultTemplate.categories());
        categories.set(3, null);
        assertThat(check(categories)).containsExactly("categories[3]=xla.error.field.required");
    }

    @Test
    void needsFiveStatementsPerCategory() {
        assertThat(check(withCategory(2, c -> new TemplateCategory(c.category(), c.name(), c.description(),
                c.statements().subList(0, 4))))).containsExactly("categories[2].statements=xla.error.template.statementCount");
    }

    @Test
    void textsAreRequiredInBothLanguagesAndLimited() {
        assertThat(check(withStatement(2, 4, new TemplateStatement("PAR_5", new LocalizedText("Fine", " ")))))
                .containsExactly("categories[2].statements[4].text.nl=xla.error.field.required");
        assertThat(check(withStatement(0, 0, new TemplateStatement("REL_1", new LocalizedText("x".repeat(501), null)))))
                .containsExactly("categories[0].statements[0].text.en=xla.error.field.tooLong",
                        "categories[0].statements[0].text.nl=xla.error.field.required");
        assertThat(check(withStatement(0, 0, new TemplateStatement("REL_1", new LocalizedText("x".repeat(500), "y")))))
                .isEmpty();
        assertThat(check(withCategory(4, c -> new TemplateCategory(c.category(),
                new LocalizedText("n".repeat(101), ""), null, c.statements())))).containsExactly(
                "categories[4].name.en=xla.error.field.tooLong",
                "categories[4].name.nl=xla.error.field.required",
                "categories[4].description.en=xla.error.field.required",
                "categories[4].description.nl=xla.error.field.required");
    }

    @Test
    void keysMustMatchTheFormat() {
        for (String bad : Arrays.asList("rel_1", "RELI_1", "REL_123", "REL-1", "REL_", " REL_1")) {
            assertThat(check(withStatement(0, 0, new TemplateStatement(bad, new LocalizedText("a", "b")))))
                    .as(bad).containsExactly("categories[0].statements[0].key=xla.error.template.keyFormat");
        }
        assertThat(check(withStatement(0, 0, new TemplateStatement("XYZ_42", new LocalizedText("a", "b"))))).isEmpty();
        assertThat(check(withStatement(0, 0, new TemplateStatement(null, null)))).containsExactly(
                "categories[0].statements[0].key=xla.error.field.required",
                "categories[0].statements[0].text.en=xla.error.field.required",
                "categories[0].statements[0].text.nl=xla.error.field.required");
    }

    @Test
    void keysMustBeUniqueAcrossTheTemplate() {
        assertThat(TemplateRules.check(withStatement(3, 1, new TemplateStatement("REL_2", new LocalizedText("a", "b")))))
                .containsExactly(new FieldError("categories[3].statements[1].key", "xla.error.template.keyDuplicate", "REL_2"));
    }
}

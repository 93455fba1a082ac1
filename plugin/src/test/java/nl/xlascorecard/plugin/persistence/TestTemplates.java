package nl.xlascorecard.plugin.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import nl.xlascorecard.core.scorecard.domain.Category;
import nl.xlascorecard.core.scorecard.domain.LocalizedText;
import nl.xlascorecard.core.scorecard.domain.ScorecardTemplate;
import nl.xlascorecard.core.scorecard.domain.TemplateCategory;
import nl.xlascorecard.core.scorecard.domain.TemplateStatement;

/** Small templates built in tests: five categories of two statements, texts marked with a tag. */
public final class TestTemplates {

    public static final Instant CREATED = Instant.parse("2026-01-15T09:30:00.123Z");

    private TestTemplates() {
    }

    public static ScorecardTemplate small(int version, String tag) {
        return new ScorecardTemplate(version, CREATED, version == 1 ? null : "admin", categories(tag));
    }

    public static List<TemplateCategory> categories(String tag) {
        List<TemplateCategory> categories = new ArrayList<>();
        for (Category category : Category.values()) {
            String code = category.name().substring(0, 3);
            categories.add(new TemplateCategory(category,
                    new LocalizedText(tag + " " + category.name(), tag + " nl " + category.name()),
                    new LocalizedText("About " + code, "Over " + code),
                    List.of(new TemplateStatement(code + "_1", new LocalizedText(tag + " first", tag + " eerste")),
                            new TemplateStatement(code + "_2", new LocalizedText(tag + " second", tag + " tweede")))));
        }
        return categories;
    }
}

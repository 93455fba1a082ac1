package nl.xlascorecard.core.scorecard.domain;

import java.util.List;
import java.util.Objects;

/** A category of the template with its name, description and its five statements. */
public record TemplateCategory(Category category, LocalizedText name, LocalizedText description,
                               List<TemplateStatement> statements) {

    public TemplateCategory {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        statements = List.copyOf(statements);
    }
}

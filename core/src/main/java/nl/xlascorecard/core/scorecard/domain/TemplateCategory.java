package nl.xlascorecard.core.scorecard.domain;

import java.util.List;

/**
 * A category of the template with its name, description and its five statements. Parts may be
 * missing while an edited template is being validated ({@code TemplateRules} names them as field
 * errors); stored templates are always complete.
 */
public record TemplateCategory(Category category, LocalizedText name, LocalizedText description,
                               List<TemplateStatement> statements) {

    public TemplateCategory {
        name = name == null ? new LocalizedText("", "") : name;
        description = description == null ? new LocalizedText("", "") : description;
        statements = statements == null ? List.of()
                : statements.stream().map(s -> s == null ? new TemplateStatement(null, null) : s).toList();
    }
}

package nl.xlascorecard.core.scorecard.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A version of the scorecard: 5 categories x 5 statements. Versions are immutable: an edit by the
 * administrator creates the next version, and a round keeps the version it was planned with.
 * Invariants (checked by the template service, see {@code TemplateRules}): all five categories once,
 * in {@link Category} order, five statements each, statement keys unique across the template.
 *
 * @param version   1, 2, 3... (0 for a draft not yet stored)
 * @param createdBy user key, or {@code null} for the shipped default
 */
public record ScorecardTemplate(int version, Instant createdAt, String createdBy, List<TemplateCategory> categories) {

    public static final int STATEMENTS_PER_CATEGORY = 5;

    public ScorecardTemplate {
        categories = List.copyOf(categories);
    }

    public Optional<TemplateCategory> category(Category category) {
        return categories.stream().filter(c -> c.category() == category).findFirst();
    }

    /** The category a statement key belongs to, if the key is part of this template. */
    public Optional<Category> categoryOf(String statementKey) {
        return categories.stream()
                .filter(c -> c.statements().stream().anyMatch(s -> s.key().equals(statementKey)))
                .map(TemplateCategory::category)
                .findFirst();
    }

    public List<TemplateStatement> statements() {
        return categories.stream().flatMap(c -> c.statements().stream()).toList();
    }
}

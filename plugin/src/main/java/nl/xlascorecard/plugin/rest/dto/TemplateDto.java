package nl.xlascorecard.plugin.rest.dto;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import nl.xlascorecard.core.scorecard.domain.LocalizedText;
import nl.xlascorecard.core.scorecard.domain.ScorecardTemplate;
import nl.xlascorecard.core.scorecard.domain.TemplateCategory;
import nl.xlascorecard.core.scorecard.domain.TemplateStatement;

/**
 * A version of the scorecard template: five categories with their statements, every text in
 * English and Dutch. The same shape (without version, createdAt, createdBy) is what
 * {@code POST /template} accepts as {@code categories}.
 */
@JsonPropertyOrder({"version", "createdAt", "createdBy", "categories"})
public record TemplateDto(int version, Instant createdAt, String createdBy, List<CategoryDto> categories) {

    public TemplateDto {
        categories = List.copyOf(categories);
    }

    public static TemplateDto from(ScorecardTemplate template) {
        return new TemplateDto(template.version(), template.createdAt(), template.createdBy(),
                template.categories().stream().map(CategoryDto::from).toList());
    }

    @JsonPropertyOrder({"category", "name", "description", "statements"})
    public record CategoryDto(String category, TextDto name, TextDto description, List<StatementDto> statements) {

        public CategoryDto {
            statements = List.copyOf(statements);
        }

        static CategoryDto from(TemplateCategory category) {
            return new CategoryDto(category.category().name(), TextDto.from(category.name()),
                    TextDto.from(category.description()), category.statements().stream().map(StatementDto::from).toList());
        }
    }

    @JsonPropertyOrder({"key", "text"})
    public record StatementDto(String key, TextDto text) {

        static StatementDto from(TemplateStatement statement) {
            return new StatementDto(statement.key(), TextDto.from(statement.text()));
        }
    }

    @JsonPropertyOrder({"en", "nl"})
    public record TextDto(String en, String nl) {

        static TextDto from(LocalizedText text) {
            return new TextDto(text.en(), text.nl());
        }
    }
}

package nl.xlascorecard.plugin.rest.dto;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import nl.xlascorecard.core.target.domain.XlaTarget;

/** A target as defined, without a status: the defaults, which hold for many organisations. */
@JsonPropertyOrder({"id", "metric", "category", "comparison", "threshold", "warningMargin", "window",
        "minimumDataPoints"})
public record TargetDefinitionDto(long id, String metric, String category, String comparison, double threshold,
                                  double warningMargin, WindowDto window, int minimumDataPoints) {

    public static TargetDefinitionDto from(XlaTarget t) {
        return new TargetDefinitionDto(t.id(), t.metric().name(), t.category() == null ? null : t.category().name(),
                t.comparison().name(), t.threshold(), t.warningMargin(), WindowDto.from(t.window()), t.minimumDataPoints());
    }
}

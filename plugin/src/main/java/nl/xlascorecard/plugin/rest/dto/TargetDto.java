package nl.xlascorecard.plugin.rest.dto;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import nl.xlascorecard.core.target.domain.TargetState;
import nl.xlascorecard.core.target.domain.TargetView;
import nl.xlascorecard.core.target.domain.XlaTarget;

/**
 * One of an organisation's effective targets with its stored status, as the overview and the
 * organisation's target list show it. {@code status} is NO_DATA and {@code value}, {@code n},
 * {@code statusSince} and {@code evaluatedAt} are {@code null} before the first evaluation;
 * {@code value} is rounded to 2 decimals.
 */
@JsonPropertyOrder({"id", "metric", "category", "comparison", "threshold", "warningMargin", "window",
        "minimumDataPoints", "inherited", "status", "value", "n", "statusSince", "evaluatedAt"})
public record TargetDto(long id, String metric, String category, String comparison, double threshold,
                        double warningMargin, WindowDto window, int minimumDataPoints, boolean inherited, String status,
                        Double value, Long n, Instant statusSince, Instant evaluatedAt) {

    public static TargetDto from(TargetView view) {
        XlaTarget t = view.target();
        TargetState state = view.state();
        return new TargetDto(t.id(), t.metric().name(), t.category() == null ? null : t.category().name(),
                t.comparison().name(), t.threshold(), t.warningMargin(), WindowDto.from(t.window()),
                t.minimumDataPoints(), view.inherited(), view.status().name(),
                state == null ? null : round(state.value(), 2), state == null ? null : state.n(),
                state == null ? null : state.since(), state == null ? null : state.evaluatedAt());
    }

    static Double round(Double value, int decimals) {
        return value == null ? null : BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }
}

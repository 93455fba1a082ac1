package nl.xlascorecard.plugin.rest.dto;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import nl.xlascorecard.core.target.domain.StatusChange;

/** One change of a target's status: {@code from} is {@code null} for the first evaluation. */
@JsonPropertyOrder({"from", "to", "value", "n", "at"})
public record StatusChangeDto(String from, String to, Double value, long n, Instant at) {

    public static StatusChangeDto from(StatusChange change) {
        return new StatusChangeDto(change.from() == null ? null : change.from().name(), change.to().name(),
                TargetDto.round(change.value(), 2), change.n(), change.at());
    }
}

package nl.xlascorecard.plugin.rest.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import nl.xlascorecard.core.target.domain.TargetWindow;

/** A target's window: {@code {"kind":"ROLLING_DAYS","days":90}} or {@code {"kind":"LATEST_CLOSED_ROUND","days":null}}. */
@JsonPropertyOrder({"kind", "days"})
@JsonInclude(JsonInclude.Include.ALWAYS)
public record WindowDto(String kind, Integer days) {

    public static WindowDto from(TargetWindow window) {
        return new WindowDto(window.kind().name(), window.days());
    }
}

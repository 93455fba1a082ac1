package nl.xlascorecard.plugin.rest.dto;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import nl.xlascorecard.core.rating.domain.CsatFigures;
import nl.xlascorecard.core.rating.domain.TicketRating;

/**
 * An organisation's CSAT over the last {@code days} days. {@code csatPercent} and {@code meanRating}
 * are {@code null} (not 0) when there is no rating in the window, and not rounded.
 * {@code distribution} counts the ratings per number of stars, keyed "1".."5".
 */
@JsonPropertyOrder({"organisationId", "days", "since", "n", "csatPercent", "meanRating", "distribution"})
public record CsatDto(long organisationId, int days, Instant since, long n, Double csatPercent, Double meanRating,
                      Map<String, Long> distribution) {

    public CsatDto {
        distribution = Collections.unmodifiableMap(new LinkedHashMap<>(distribution));
    }

    public static CsatDto from(CsatFigures csat) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (int stars = TicketRating.MIN_RATING; stars <= TicketRating.MAX_RATING; stars++) {
            counts.put(String.valueOf(stars), csat.distribution().count(stars));
        }
        return new CsatDto(csat.organisationId(), csat.days(), csat.since(), csat.n(), csat.csatPercent(),
                csat.meanRating(), counts);
    }
}

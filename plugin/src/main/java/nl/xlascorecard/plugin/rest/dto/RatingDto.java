package nl.xlascorecard.plugin.rest.dto;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import nl.xlascorecard.core.rating.domain.TicketRating;

/** A request's satisfaction rating as JSM delivered it; {@code satisfied} = 4 or 5 stars (counts for CSAT %). */
@JsonPropertyOrder({"requestKey", "requestId", "organisationIds", "rating", "satisfied", "comment", "ratedAt",
        "requesterKey", "requesterName"})
public record RatingDto(String requestKey, long requestId, List<Long> organisationIds, int rating, boolean satisfied,
                        String comment, Instant ratedAt, String requesterKey, String requesterName) {

    public RatingDto {
        organisationIds = List.copyOf(organisationIds);
    }

    public static RatingDto from(TicketRating rating) {
        return rating == null ? null
                : new RatingDto(rating.requestKey(), rating.requestId(), rating.organisationIds(), rating.rating(),
                        rating.isSatisfied(), rating.comment(), rating.ratedAt(), rating.requesterKey(),
                        rating.requesterName());
    }
}

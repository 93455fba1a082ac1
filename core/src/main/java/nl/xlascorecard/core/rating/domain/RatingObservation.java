package nl.xlascorecard.core.rating.domain;

import java.time.Instant;
import java.util.List;

/**
 * A rating as a source saw it: Jira's issue event, the reconciliation search, or the sandbox's
 * simulated service desk. Not yet validated: {@code RecordTicketRating} checks it (a customer's input
 * in the sandbox gets field errors like any other input).
 *
 * @see TicketRating for the meaning of the fields
 */
public record RatingObservation(String requestKey, long requestId, List<Long> organisationIds, int rating,
                                String comment, Instant ratedAt, String requesterKey, String requesterName) {

    public RatingObservation {
        organisationIds = organisationIds == null ? null : organisationIds.stream().toList();
    }
}

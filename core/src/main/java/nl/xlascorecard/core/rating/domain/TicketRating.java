package nl.xlascorecard.core.rating.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * JSM's satisfaction feedback on one request as the app stores it: one per request, keyed by the
 * request key (spec "Ticket rating"). A later change of rating in JSM updates this record.
 *
 * @param requestKey      Jira issue key of the request, e.g. {@code ITSM-42}; the natural unique key
 * @param requestId       Jira issue id of the request (stable when the issue is moved and re-keyed)
 * @param organisationIds the request's organisations, ascending, without duplicates; may be empty
 * @param rating          1..5 stars
 * @param comment         the customer's comment, {@code null} when none
 * @param ratedAt         when the customer gave (or last changed) the rating, JSM's "Satisfaction date"
 * @param requesterKey    user key of the customer who rated, {@code null} when unknown or erased
 * @param requesterName   display name of that customer at the time, {@code null} when unknown or erased
 * @param version         optimistic-lock counter (0 before it is stored)
 */
public record TicketRating(String requestKey, long requestId, List<Long> organisationIds, int rating, String comment,
                           Instant ratedAt, String requesterKey, String requesterName, long version) {

    public static final int MIN_RATING = 1;
    public static final int MAX_RATING = 5;
    /** Ratings of 4 and 5 count as satisfied in CSAT %. */
    public static final int SATISFIED_FROM = 4;
    public static final int MAX_COMMENT = 4000;
    public static final int MAX_REQUEST_KEY = 255;
    public static final int MAX_USER = 255;

    public TicketRating {
        Objects.requireNonNull(requestKey, "requestKey");
        Objects.requireNonNull(ratedAt, "ratedAt");
        organisationIds = organisationIds == null ? List.of()
                : organisationIds.stream().filter(Objects::nonNull).distinct().sorted().toList();
        if (rating < MIN_RATING || rating > MAX_RATING) {
            throw new IllegalArgumentException("rating " + rating + " outside 1..5");
        }
    }

    public boolean isSatisfied() {
        return rating >= SATISFIED_FROM;
    }

    /**
     * True when both describe the same feedback (every field but the version): recording it again
     * changes nothing.
     */
    public boolean sameFeedbackAs(TicketRating other) {
        return requestKey.equals(other.requestKey) && requestId == other.requestId
                && organisationIds.equals(other.organisationIds) && rating == other.rating
                && Objects.equals(comment, other.comment) && ratedAt.equals(other.ratedAt)
                && Objects.equals(requesterKey, other.requesterKey) && Objects.equals(requesterName, other.requesterName);
    }

    public TicketRating withVersion(long newVersion) {
        return new TicketRating(requestKey, requestId, organisationIds, rating, comment, ratedAt, requesterKey,
                requesterName, newVersion);
    }
}

package nl.xlascorecard.core.rating.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import nl.xlascorecard.core.rating.domain.RatingDistribution;
import nl.xlascorecard.core.rating.domain.RatingOutcome;
import nl.xlascorecard.core.rating.domain.TicketRating;
import nl.xlascorecard.core.shared.Page;
import nl.xlascorecard.core.shared.PageRequest;

/** Out-port: stored ticket ratings, one per request key (a unique column). */
public interface TicketRatingRepository {

    /**
     * Inserts the rating, or replaces the stored rating of the same request key, in one atomic step
     * that the database decides (unique request key; a concurrent insert of the same key must end
     * as UNCHANGED or UPDATED, never as a second row or an error):
     * <ul>
     * <li>no stored rating: insert, {@link RatingOutcome#CREATED};</li>
     * <li>stored rating with the same feedback ({@link TicketRating#sameFeedbackAs}), or with a later
     *     {@code ratedAt} than the given one (an out-of-order delivery): keep it,
     *     {@link RatingOutcome#UNCHANGED};</li>
     * <li>otherwise replace every field, increment the version, {@link RatingOutcome#UPDATED}.</li>
     * </ul>
     * The given rating's {@code version} is ignored. Must run inside a transaction.
     *
     * @return the outcome and the rating as stored afterwards
     */
    Upserted upsert(TicketRating rating);

    Optional<TicketRating> find(String requestKey);

    /** Ratings that list the organisation, by {@code ratedAt} newest first, then request key. */
    Page<TicketRating> listByOrganisation(long organisationId, PageRequest page);

    /**
     * Up to {@code limit} ratings that list the organisation with {@code ratedAt >= since}, in the
     * order of {@link #listByOrganisation}, strictly after {@code after} in that order ({@code null}:
     * from the newest). A keyset page for exports: unlike an offset it neither skips nor repeats a
     * rating when ratings arrive between two pages.
     */
    List<TicketRating> listByOrganisationSince(long organisationId, Instant since, After after, int limit);

    /** Counts per rating value of the organisation's ratings with {@code ratedAt >= since}. */
    RatingDistribution distribution(long organisationId, Instant since);

    /**
     * Counts per rating value of the organisation's ratings with {@code from <= ratedAt < to}: one
     * month of the satisfaction trend.
     */
    RatingDistribution distribution(long organisationId, Instant from, Instant to);

    /** Position in the list order: the last rating of the previous keyset page. */
    record After(Instant ratedAt, String requestKey) {

        public static After of(TicketRating rating) {
            return new After(rating.ratedAt(), rating.requestKey());
        }
    }

    record Upserted(RatingOutcome outcome, TicketRating rating) {
    }
}

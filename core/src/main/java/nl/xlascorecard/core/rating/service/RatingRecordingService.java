package nl.xlascorecard.core.rating.service;

import java.util.Objects;

import nl.xlascorecard.core.followup.domain.FollowUp;
import nl.xlascorecard.core.followup.port.in.RespondToRatings;
import nl.xlascorecard.core.followup.port.in.RespondToRatings.RatedRequest;
import nl.xlascorecard.core.rating.domain.RatingObservation;
import nl.xlascorecard.core.rating.domain.RatingOutcome;
import nl.xlascorecard.core.rating.domain.TicketRating;
import nl.xlascorecard.core.rating.port.in.RecordTicketRating;
import nl.xlascorecard.core.rating.port.out.TicketRatingRepository;
import nl.xlascorecard.core.rating.port.out.TicketRatingRepository.Upserted;
import nl.xlascorecard.core.shared.FieldErrors;
import nl.xlascorecard.core.shared.TransactionRunner;
import nl.xlascorecard.core.shared.ValidationException;

/**
 * Stores ratings from every source and lets follow-ups react. Follow-ups react only when the stored
 * rating was created or changed: a repeated observation is UNCHANGED and so does nothing at all, and
 * of concurrent deliveries of one rating only the one the database let in reacts.
 */
public final class RatingRecordingService implements RecordTicketRating {

    private final TicketRatingRepository ratings;
    private final RespondToRatings followUps;
    private final TransactionRunner transactions;

    public RatingRecordingService(TicketRatingRepository ratings, RespondToRatings followUps,
                                  TransactionRunner transactions) {
        this.ratings = Objects.requireNonNull(ratings);
        this.followUps = Objects.requireNonNull(followUps);
        this.transactions = Objects.requireNonNull(transactions);
    }

    @Override
    public RatingRecorded record(RatingObservation observation) {
        if (observation == null) {
            throw ValidationException.of("rating", FieldErrors.REQUIRED);
        }
        TicketRating rating = RatingRules.toRating(observation);
        return transactions.inTransaction(() -> {
            Upserted stored = ratings.upsert(rating);
            FollowUp created = null;
            if (stored.outcome() != RatingOutcome.UNCHANGED) {
                TicketRating now = stored.rating();
                created = followUps.ratingChanged(new RatedRequest(now.requestKey(), now.organisationIds(),
                        now.rating(), now.ratedAt())).orElse(null);
            }
            return new RatingRecorded(stored.outcome(), stored.rating(), created);
        });
    }
}

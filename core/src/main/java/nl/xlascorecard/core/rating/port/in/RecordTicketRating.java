package nl.xlascorecard.core.rating.port.in;

import java.util.Optional;

import nl.xlascorecard.core.followup.domain.FollowUp;
import nl.xlascorecard.core.rating.domain.RatingObservation;
import nl.xlascorecard.core.rating.domain.RatingOutcome;
import nl.xlascorecard.core.rating.domain.TicketRating;

/**
 * In-port: store a rating seen by a source (Jira's issue event listener, the reconciliation job, the
 * sandbox's simulated service desk) and open a follow-up when it is unhappy. No caller: the source
 * has already decided that this rating exists (in Jira, JSM's own feedback; in the sandbox, the
 * simulated desk checks that the customer may rate the request).
 *
 * <p>Idempotent: the same observation twice changes nothing the second time; concurrent deliveries
 * of one rating store it once and open at most one follow-up (the repository's unique request key
 * decides). Runs in one transaction.
 */
public interface RecordTicketRating {

    /**
     * @throws nl.xlascorecard.core.shared.ValidationException when the observation breaks a rule
     *         (rating outside 1..5, comment longer than 4000 characters, malformed request key...)
     */
    RatingRecorded record(RatingObservation observation);

    /**
     * @param outcome         what happened to the stored rating
     * @param rating          the rating as stored now (the newer one when the observation was older)
     * @param createdFollowUp the follow-up this call opened, {@code null} when none was opened
     */
    record RatingRecorded(RatingOutcome outcome, TicketRating rating, FollowUp createdFollowUp) {

        public Optional<FollowUp> followUp() {
            return Optional.ofNullable(createdFollowUp);
        }
    }
}

package nl.xlascorecard.core.followup.port.in;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import nl.xlascorecard.core.followup.domain.FollowUp;

/**
 * In-port used by rating recording (inside its transaction) whenever a request's stored rating was
 * created or changed:
 * <ul>
 * <li>unhappy (at or below the threshold) and no follow-up for the request: open one, assigned to
 *     the organisation's first service manager (none listed: the service-manager group), due at
 *     ratedAt + window in business time. Not when the request has no organisation, nor when the
 *     rating is older than the settings' maximum rating age;</li>
 * <li>an OPEN follow-up exists: keep its rating up to date and mark it while the rating is above the
 *     threshold (unmark when it drops again); a DONE follow-up is left as it was closed.</li>
 * </ul>
 * Never opens a second follow-up for a request (the repository's unique request key decides).
 */
public interface RespondToRatings {

    /** @return the follow-up this call opened; empty when none was opened */
    Optional<FollowUp> ratingChanged(RatedRequest rated);

    /** The facts of a stored rating that follow-ups depend on. */
    record RatedRequest(String requestKey, List<Long> organisationIds, int rating, Instant ratedAt) {

        public RatedRequest {
            organisationIds = List.copyOf(organisationIds);
        }
    }
}

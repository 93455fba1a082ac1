package nl.xlascorecard.core.followup.port.in;

import nl.xlascorecard.core.followup.domain.FollowUpMetrics;
import nl.xlascorecard.core.shared.Caller;

/** In-port: follow-up metrics of one organisation, for whoever may see it. */
public interface ReadFollowUpMetrics {

    int DEFAULT_DAYS = 90;
    int MAX_DAYS = 3660;

    /**
     * @param days follow-ups opened in the last {@code days} days (1..3660) count for the closed and
     *             contact figures
     * @throws nl.xlascorecard.core.shared.NotFoundException organisation missing or hidden
     */
    FollowUpMetrics metrics(Caller caller, long organisationId, int days);
}

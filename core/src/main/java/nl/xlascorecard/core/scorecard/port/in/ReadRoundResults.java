package nl.xlascorecard.core.scorecard.port.in;

import nl.xlascorecard.core.scorecard.domain.RoundResult;
import nl.xlascorecard.core.shared.Caller;

/** In-port: the statistics of a round (interim while OPEN, final once CLOSED). */
public interface ReadRoundResults {

    RoundResult result(Caller caller, long roundId);

    /** The newest CLOSED round's result of the organisation, or {@code null} when there is none. */
    RoundResult latestClosed(Caller caller, long organisationId);
}

package nl.xlascorecard.core.rating.port.in;

import java.util.List;

import nl.xlascorecard.core.rating.domain.RequestExperience;
import nl.xlascorecard.core.shared.Caller;

/**
 * In-port of the experience panel: one request's rating and follow-up and a summary of each of its
 * organisations, for whoever may see the request (its organisations' agents, service managers and
 * administrators).
 *
 * <p>The app knows a request through its rating (which carries the request's organisations, as JSM
 * delivered them) or its follow-up. A request it knows nothing of yet (not rated) has no
 * organisations to go by, so the host may pass the organisations it sees on the issue; they are
 * used only then, and only data the caller may see anyway is returned for them.
 */
public interface ReadRequestExperience {

    /** The CSAT window of the panel. */
    int CSAT_DAYS = ReadTicketRatings.DEFAULT_DAYS;
    /** A request lists few organisations; more than this many are not summarised (bounded work per call). */
    int MAX_ORGANISATIONS = 10;

    /**
     * @param organisationIdsOfIssue the request's organisations as the host sees them on the issue,
     *                               used only when the app has no rating or follow-up of the request;
     *                               may be empty
     * @throws nl.xlascorecard.core.shared.NotFoundException  the app knows the request but the caller
     *         sees none of its organisations, or a given organisation is missing or hidden
     * @throws nl.xlascorecard.core.shared.ForbiddenException the caller sees no organisation at all
     * @throws nl.xlascorecard.core.shared.ValidationException a malformed request key, or more than
     *         {@link #MAX_ORGANISATIONS} organisations given
     */
    RequestExperience forRequest(Caller caller, String requestKey, List<Long> organisationIdsOfIssue);
}

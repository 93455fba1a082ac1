package nl.xlascorecard.core.rating.domain;

import java.util.List;
import java.util.Optional;

import nl.xlascorecard.core.followup.domain.FollowUpView;
import nl.xlascorecard.core.scorecard.domain.RoundResult;

/**
 * Everything the experience panel beside JSM's SLA panel shows for one request, gathered in one
 * call because the panel sits on the issue view's hot path.
 *
 * @param requestKey    the request, as asked
 * @param rating        the request's rating; {@code null} when it has none
 * @param followUp      the request's follow-up with its countdown; {@code null} when it has none
 * @param organisations the request's organisations the caller may see, ascending by id
 */
public record RequestExperience(String requestKey, TicketRating rating, FollowUpView followUp,
                                List<OrganisationExperience> organisations) {

    public RequestExperience {
        organisations = List.copyOf(organisations);
    }

    public Optional<TicketRating> ratingIfAny() {
        return Optional.ofNullable(rating);
    }

    public Optional<FollowUpView> followUpIfAny() {
        return Optional.ofNullable(followUp);
    }

    /**
     * One organisation of the request, as the panel summarises it.
     *
     * @param name           the organisation's name; {@code null} when the directory no longer knows it
     * @param csat           CSAT over the last {@code ReadRequestExperience.CSAT_DAYS} days
     * @param latestResult   the newest closed scorecard round's result (overall and its delta against
     *                       the previous closed round); {@code null} when none was closed yet
     * @param openFollowUps  the organisation's follow-ups that are OPEN now
     * @param overdueFollowUps of those, the ones past their due time
     */
    public record OrganisationExperience(long organisationId, String name, CsatFigures csat, RoundResult latestResult,
                                         long openFollowUps, long overdueFollowUps) {
    }
}

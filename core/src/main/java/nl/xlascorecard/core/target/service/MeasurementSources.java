package nl.xlascorecard.core.target.service;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

import nl.xlascorecard.core.followup.port.out.FollowUpRepository;
import nl.xlascorecard.core.rating.port.out.TicketRatingRepository;
import nl.xlascorecard.core.scorecard.domain.RoundResult;
import nl.xlascorecard.core.scorecard.port.in.ReadRoundResults;
import nl.xlascorecard.core.shared.Caller;
import nl.xlascorecard.core.shared.NotFoundException;
import nl.xlascorecard.core.shared.Role;
import nl.xlascorecard.core.target.port.out.NpsCounts;

/**
 * Where measurements come from: the other features' stores and use cases, read with aggregated
 * queries (counts per rating value, counts of follow-ups) or, for rounds, through the round result
 * the scorecard feature computes (so a target and the result screen never disagree).
 */
public record MeasurementSources(TicketRatingRepository ratings, FollowUpRepository followUps,
                                 ReadRoundResults results, NpsCounts nps) {

    /**
     * The evaluation reads round results on the app's own behalf: it writes nothing but statuses,
     * and statuses are shown only to those who may see the organisation.
     */
    static final Caller EVALUATOR = new Caller("xla-target-evaluation", Set.of(Role.ADMINISTRATOR), Set.of(), Set.of());

    public MeasurementSources {
        Objects.requireNonNull(ratings, "ratings");
        Objects.requireNonNull(followUps, "followUps");
        Objects.requireNonNull(results, "results");
        Objects.requireNonNull(nps, "nps");
    }

    /** The result of the organisation's newest closed round, or {@code null} when it has none. */
    RoundResult latestClosedRound(long organisationId) {
        try {
            return results.latestClosed(EVALUATOR, organisationId);
        } catch (NotFoundException unknownOrganisation) {
            return null;
        }
    }

    static Instant since(Instant now, int days) {
        return now.minus(Duration.ofDays(days));
    }
}

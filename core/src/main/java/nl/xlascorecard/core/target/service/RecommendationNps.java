package nl.xlascorecard.core.target.service;

import java.time.Instant;
import java.util.Objects;

import nl.xlascorecard.core.scorecard.port.out.ResponseRepository;
import nl.xlascorecard.core.shared.stats.NetPromoterScore;
import nl.xlascorecard.core.target.domain.Measurement;
import nl.xlascorecard.core.target.port.out.NpsCounts;

/**
 * NPS of the recommendation answers (0..10) as the NPS feature counts them in the database, scored
 * with {@link NetPromoterScore}; n = the number of answers.
 *
 * <p>A rolling window counts only answers of CLOSED rounds: statuses are shown to the
 * organisation's agents, who may not read interim results (two evaluations a response apart would
 * tell one respondent's answer), the same rule as the satisfaction trend for agents.
 */
public final class RecommendationNps implements NpsCounts {

    private final ResponseRepository responses;

    public RecommendationNps(ResponseRepository responses) {
        this.responses = Objects.requireNonNull(responses);
    }

    @Override
    public Measurement ofPeriod(long organisationId, Instant from, Instant to) {
        return measurement(responses.recommendationCounts(organisationId, from, to, true));
    }

    @Override
    public Measurement ofRound(long roundId) {
        return measurement(responses.recommendationCounts(roundId));
    }

    private static Measurement measurement(long[] counts) {
        NetPromoterScore nps = NetPromoterScore.of(counts);
        return nps.isEmpty() ? Measurement.none() : Measurement.of(nps.score(), nps.n());
    }
}

package nl.xlascorecard.core.target.service;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import nl.xlascorecard.core.followup.port.out.FollowUpRepository.WindowCounts;
import nl.xlascorecard.core.rating.domain.RatingDistribution;
import nl.xlascorecard.core.scorecard.domain.CategoryResult;
import nl.xlascorecard.core.scorecard.domain.RoundResult;
import nl.xlascorecard.core.scorecard.domain.Stat;
import nl.xlascorecard.core.target.domain.Measurement;
import nl.xlascorecard.core.target.domain.TargetWindow;
import nl.xlascorecard.core.target.domain.XlaTarget;

/**
 * Measures one organisation's targets at one moment. The newest closed round's result is computed
 * at most once however many targets read it (overall, categories, response rate, NPS of the round).
 *
 * <p>Windows: a rolling window covers {@code [now - days, now]}; for ratings and follow-ups it selects
 * the ratings given and follow-ups opened in it. For round metrics it selects the newest closed
 * round if that round closed in it (NO_DATA otherwise); LATEST_CLOSED_ROUND takes that round
 * however old. NPS over a rolling window counts every answer given in it, in a round or on its own.
 */
final class OrganisationMeasurer {

    private final MeasurementSources sources;
    private final long organisationId;
    private final Instant now;
    /** Ratings per window length: CSAT % and mean rating over the same days share one count. */
    private final Map<Integer, RatingDistribution> distributions = new HashMap<>();
    private boolean roundRead;
    private RoundResult round;

    OrganisationMeasurer(MeasurementSources sources, long organisationId, Instant now) {
        this.sources = sources;
        this.organisationId = organisationId;
        this.now = now;
    }

    Measurement measure(XlaTarget target) {
        TargetWindow window = target.window();
        return switch (target.metric()) {
            case CSAT_PERCENT -> ratings(window, d -> d.n() == 0 ? Measurement.none()
                    : Measurement.of(100.0 * d.satisfied() / d.n(), d.n()));
            case MEAN_RATING -> ratings(window, d -> d.n() == 0 ? Measurement.none()
                    : Measurement.of((double) d.stars() / d.n(), d.n()));
            case FOLLOW_UPS_IN_WINDOW_PERCENT -> followUps(window);
            case SCORECARD_OVERALL -> round(window, r -> stat(r.overall()));
            case SCORECARD_CATEGORY -> round(window, r -> r.categories().stream()
                    .filter(c -> c.category() == target.category()).findFirst()
                    .map(CategoryResult::stat).map(OrganisationMeasurer::stat).orElse(Measurement.none()));
            case RESPONSE_RATE -> round(window, r -> r.responseRate() == null ? Measurement.none()
                    : Measurement.of(100.0 * r.responseRate(), r.round().invitations()));
            case NPS -> window.isRolling()
                    ? sources.nps().ofPeriod(organisationId, MeasurementSources.since(now, window.days()), now)
                    : round(window, r -> sources.nps().ofRound(r.round().id()));
        };
    }

    private Measurement ratings(TargetWindow window, Function<RatingDistribution, Measurement> figure) {
        if (!window.isRolling()) {
            return Measurement.none();
        }
        return figure.apply(distributions.computeIfAbsent(window.days(),
                days -> sources.ratings().distribution(organisationId, MeasurementSources.since(now, days))));
    }

    private Measurement followUps(TargetWindow window) {
        if (!window.isRolling()) {
            return Measurement.none();
        }
        WindowCounts counts = sources.followUps().windowCounts(organisationId, MeasurementSources.since(now, window.days()));
        return counts.closed() == 0 ? Measurement.none()
                : Measurement.of(100.0 * counts.withinWindow() / counts.closed(), counts.closed());
    }

    private Measurement round(TargetWindow window, Function<RoundResult, Measurement> figure) {
        RoundResult result = newestClosedRound();
        if (result == null) {
            return Measurement.none();
        }
        if (window.isRolling()) {
            Instant closedAt = result.round().closedAt();
            if (closedAt == null || closedAt.isBefore(MeasurementSources.since(now, window.days()))) {
                return Measurement.none();
            }
        }
        return figure.apply(result);
    }

    /** A suppressed or empty score (too few respondents to show) has no value; n stays known. */
    private static Measurement stat(Stat stat) {
        return stat.mean() == null ? new Measurement(null, stat.n()) : Measurement.of(stat.mean(), stat.n());
    }

    private RoundResult newestClosedRound() {
        if (!roundRead) {
            round = sources.latestClosedRound(organisationId);
            roundRead = true;
        }
        return round;
    }
}

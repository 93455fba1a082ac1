package nl.xlascorecard.core.scorecard.service;

import java.util.Optional;

import nl.xlascorecard.core.scorecard.domain.Delta;
import nl.xlascorecard.core.scorecard.domain.Stat;
import nl.xlascorecard.core.shared.stats.Interval;
import nl.xlascorecard.core.shared.stats.Summary;
import nl.xlascorecard.core.shared.stats.WelchTest;

/**
 * Turns summaries into the figures a result shows, applying the anonymity floor: a group with
 * fewer respondents than {@code minimumGroupSize} shows only its n and is never compared.
 */
final class ResultFigures {

    private final int minimumGroupSize;

    ResultFigures(int minimumGroupSize) {
        this.minimumGroupSize = minimumGroupSize;
    }

    Stat stat(Optional<Summary> summary) {
        if (summary.isEmpty()) {
            return Stat.empty();
        }
        Summary s = summary.get();
        if (s.n() < minimumGroupSize) {
            return Stat.suppressed(s.n());
        }
        if (!s.hasSpread()) {
            return new Stat(s.n(), s.mean(), null, null, null, false);
        }
        Interval ci = s.confidenceInterval95();
        return new Stat(s.n(), s.mean(), s.sd(), ci.low(), ci.high(), false);
    }

    /**
     * A group against the same group in another round. Unavailable (no figures) when either side
     * has no data or is below the floor.
     */
    Delta delta(Optional<Summary> current, Optional<Summary> other, long otherRoundId) {
        if (current.isEmpty() || other.isEmpty() || !shown(current.get()) || !shown(other.get())) {
            return Delta.unavailable(otherRoundId);
        }
        return WelchTest.compare(current.get(), other.get())
                .map(r -> new Delta(otherRoundId, r.delta(), r.significant()))
                .orElseGet(() -> Delta.unavailable(otherRoundId));
    }

    private boolean shown(Summary summary) {
        return summary.n() >= minimumGroupSize;
    }
}

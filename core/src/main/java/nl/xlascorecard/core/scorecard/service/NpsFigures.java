package nl.xlascorecard.core.scorecard.service;

import java.util.EnumMap;
import java.util.Map;

import nl.xlascorecard.core.scorecard.domain.Delta;
import nl.xlascorecard.core.scorecard.domain.NpsStat;
import nl.xlascorecard.core.scorecard.domain.RespondentRole;
import nl.xlascorecard.core.shared.stats.NetPromoterScore;

/**
 * Turns net promoter scores into the figures a result shows, with the same anonymity floor as the
 * scores ({@link ResultFigures}): a group with fewer answers than {@code minimumGroupSize} shows
 * only its n and is never compared. Per role with complementary suppression, because the overall
 * counts are published: when exactly one role is hidden, its counts would follow by subtraction.
 */
final class NpsFigures {

    private final int minimumGroupSize;

    NpsFigures(int minimumGroupSize) {
        this.minimumGroupSize = minimumGroupSize;
    }

    NpsStat stat(NetPromoterScore nps) {
        if (nps.isEmpty()) {
            return NpsStat.empty();
        }
        return shown(nps) ? NpsStat.of(nps) : NpsStat.suppressed(nps.n());
    }

    /** One figure per role, with {@link ComplementarySuppression} as for the scores. */
    Map<RespondentRole, NpsStat> byRole(RoundRecommendations recommendations) {
        Map<RespondentRole, NpsStat> stats = new EnumMap<>(RespondentRole.class);
        for (RespondentRole role : RespondentRole.values()) {
            stats.put(role, stat(recommendations.role(role)));
        }
        return ComplementarySuppression.apply(stats, NpsStat::suppressed, NpsStat::hasScore, NpsStat::n,
                NpsStat::suppressed);
    }

    /**
     * NPS points of this round minus the other; significant by the adjusted-Wald comparison of two
     * independent scores. Unavailable when either side has no answers or is below the floor.
     */
    Delta delta(NetPromoterScore current, NetPromoterScore other, long otherRoundId) {
        if (current.isEmpty() || other.isEmpty() || !shown(current) || !shown(other)) {
            return Delta.unavailable(otherRoundId);
        }
        return new Delta(otherRoundId, current.score() - other.score(), current.differsSignificantlyFrom(other));
    }

    private boolean shown(NetPromoterScore nps) {
        return nps.n() >= minimumGroupSize;
    }
}

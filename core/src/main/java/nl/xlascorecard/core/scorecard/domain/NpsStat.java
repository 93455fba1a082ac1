package nl.xlascorecard.core.scorecard.domain;

import nl.xlascorecard.core.shared.stats.Interval;
import nl.xlascorecard.core.shared.stats.NetPromoterScore;

/**
 * The relationship question of one group of respondents (a round, or one role in it) as a result
 * shows it: NPS with its adjusted-Wald 95% interval, the mean 0-10 grade beside it, and the three
 * counts. Like {@link Stat}, a group below the anonymity floor is {@code suppressed}: only n is
 * given and every other figure is {@code null}; a group without answers has n = 0 and no figures.
 * Not rounded. See docs/statistics.md.
 */
public record NpsStat(long n, Double score, Double low, Double high, Double meanGrade, Long promoters,
                      Long passives, Long detractors, boolean suppressed) {

    public static NpsStat suppressed(long n) {
        return new NpsStat(n, null, null, null, null, null, null, null, true);
    }

    public static NpsStat empty() {
        return new NpsStat(0, null, null, null, null, 0L, 0L, 0L, false);
    }

    /** Every figure of a group that may be shown. */
    public static NpsStat of(NetPromoterScore nps) {
        if (nps.isEmpty()) {
            return empty();
        }
        Interval interval = nps.interval();
        return new NpsStat(nps.n(), nps.score(), interval.low(), interval.high(), nps.meanGrade(), nps.promoters(),
                nps.passives(), nps.detractors(), false);
    }

    public boolean hasScore() {
        return score != null;
    }
}

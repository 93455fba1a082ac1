package nl.xlascorecard.plugin.rest.dto;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import nl.xlascorecard.core.nps.domain.SatisfactionMonth;
import nl.xlascorecard.core.scorecard.domain.NpsStat;
import nl.xlascorecard.core.shared.stats.Interval;
import nl.xlascorecard.core.shared.stats.NetPromoterScore;

/**
 * NPS of one group (a round, a role in it, or a month): score -100..100 with its adjusted-Wald 95%
 * interval {@code low..high}, the mean 0-10 grade, and the counts. Not rounded. Score, interval and
 * grade are {@code null} when n = 0; when {@code suppressed} (fewer answers than the anonymity floor)
 * only n is given and the counts are {@code null} too.
 */
@JsonPropertyOrder({"n", "score", "low", "high", "meanGrade", "promoters", "passives", "detractors", "suppressed"})
public record NpsDto(long n, Double score, Double low, Double high, Double meanGrade, Long promoters, Long passives,
                     Long detractors, boolean suppressed) {

    public static NpsDto from(NpsStat stat) {
        return stat == null ? null : new NpsDto(stat.n(), stat.score(), stat.low(), stat.high(), stat.meanGrade(),
                stat.promoters(), stat.passives(), stat.detractors(), stat.suppressed());
    }

    /** A month of the trend: its NPS as a result shows it, with the same floor. */
    public static NpsDto from(SatisfactionMonth month) {
        NetPromoterScore nps = month.nps();
        if (month.npsSuppressed()) {
            return new NpsDto(nps.n(), null, null, null, null, null, null, null, true);
        }
        if (nps.isEmpty()) {
            return new NpsDto(0, null, null, null, null, 0L, 0L, 0L, false);
        }
        Interval interval = nps.interval();
        return new NpsDto(nps.n(), nps.score(), interval.low(), interval.high(), nps.meanGrade(), nps.promoters(),
                nps.passives(), nps.detractors(), false);
    }
}

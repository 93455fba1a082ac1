package nl.xlascorecard.core.nps.domain;

import java.time.YearMonth;
import java.util.Objects;

import nl.xlascorecard.core.rating.domain.RatingDistribution;
import nl.xlascorecard.core.shared.stats.NetPromoterScore;

/**
 * One calendar month of an organisation's satisfaction: the ticket ratings given in it (CSAT) and
 * the answers to the relationship question submitted in it (NPS).
 *
 * @param npsSuppressed true when fewer answers than the anonymity floor (but at least one) were given:
 *                      then only n may be shown, as in a round result
 */
public record SatisfactionMonth(YearMonth month, RatingDistribution csat, NetPromoterScore nps,
                                boolean npsSuppressed) {

    public SatisfactionMonth {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(csat, "csat");
        Objects.requireNonNull(nps, "nps");
    }

    /** CSAT %: 100 x ratings of 4-5 / n; {@code null} without ratings. */
    public Double csatPercent() {
        return csat.n() == 0 ? null : 100.0 * csat.satisfied() / csat.n();
    }

    /** Mean number of stars; {@code null} without ratings. */
    public Double meanRating() {
        return csat.n() == 0 ? null : (double) csat.stars() / csat.n();
    }

    /** Whether NPS, its interval, mean grade and counts may be shown (answers present, not suppressed). */
    public boolean npsShown() {
        return !nps.isEmpty() && !npsSuppressed;
    }
}

package nl.xlascorecard.core.rating.domain;

import java.time.Instant;

/**
 * An organisation's customer satisfaction over the last {@code days} days (spec "XLA target": CSAT %
 * is the share of ratings of 4-5 stars). Percentage and mean are {@code null} when there is no
 * rating in the window; they are not rounded (screens round for display).
 *
 * @param since       start of the window (inclusive); the window ends at the time of the query
 * @param csatPercent 100 x ratings of 4-5 / n
 * @param meanRating  mean number of stars, 1..5
 */
public record CsatFigures(long organisationId, int days, Instant since, long n, Double csatPercent,
                          Double meanRating, RatingDistribution distribution) {

    public static CsatFigures of(long organisationId, int days, Instant since, RatingDistribution distribution) {
        long n = distribution.n();
        Double percent = n == 0 ? null : 100.0 * distribution.satisfied() / n;
        Double mean = n == 0 ? null : (double) distribution.stars() / n;
        return new CsatFigures(organisationId, days, since, n, percent, mean, distribution);
    }
}

package nl.xlascorecard.core.scorecard.domain;

/**
 * Change of a mean against another round: {@code delta = this - other}. {@code significant} when
 * Welch's two-sample t-test rejects "no change" at the 5% level (see docs/statistics.md). For NPS
 * the delta is in NPS points and significance comes from the adjusted-Wald comparison.
 * {@code null} fields mean not computable (a side suppressed or without data).
 */
public record Delta(long otherRoundId, Double delta, Boolean significant) {

    public static Delta unavailable(long otherRoundId) {
        return new Delta(otherRoundId, null, null);
    }
}

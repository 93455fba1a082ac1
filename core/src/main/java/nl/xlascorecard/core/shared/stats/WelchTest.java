package nl.xlascorecard.core.shared.stats;

import java.util.Optional;

/**
 * Welch's two-sample t-test: is the mean of one sample different from another's, without assuming
 * equal variances (the groups of two rounds differ in size and spread). Degrees of freedom by the
 * Welch-Satterthwaite approximation, two-sided, at the 5% level.
 */
public final class WelchTest {

    public static final double ALPHA = 0.05;

    private WelchTest() {
    }

    /**
     * Compares {@code a} with {@code b} ({@code delta = a.mean - b.mean}). Empty when either side has
     * fewer than two values, because then no variance and no test exist.
     */
    public static Optional<Result> compare(Summary a, Summary b) {
        if (!a.hasSpread() || !b.hasSpread()) {
            return Optional.empty();
        }
        double delta = a.mean() - b.mean();
        double varA = a.variance() / a.n();
        double varB = b.variance() / b.n();
        double se2 = varA + varB;
        if (se2 == 0) {
            // Both groups answered unanimously: any difference is certain, no difference is none.
            boolean differs = delta != 0;
            double t = differs ? Math.copySign(Double.POSITIVE_INFINITY, delta) : 0;
            return Optional.of(new Result(delta, t, a.n() + b.n() - 2, differs ? 0 : 1, differs));
        }
        double t = delta / Math.sqrt(se2);
        double df = se2 * se2 / (varA * varA / (a.n() - 1) + varB * varB / (b.n() - 1));
        double p = StudentT.twoSidedPValue(t, df);
        return Optional.of(new Result(delta, t, df, p, p < ALPHA));
    }

    /**
     * @param delta       a.mean - b.mean
     * @param t           the t statistic
     * @param df          Welch-Satterthwaite degrees of freedom
     * @param pValue      two-sided p-value
     * @param significant {@code pValue < 0.05}
     */
    public record Result(double delta, double t, double df, double pValue, boolean significant) {
    }
}

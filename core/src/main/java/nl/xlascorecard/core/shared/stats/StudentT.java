package nl.xlascorecard.core.shared.stats;

/**
 * Student's t-distribution with {@code df} degrees of freedom (any real df > 0, so that the
 * non-integer Welch-Satterthwaite df can be used directly).
 *
 * <p>The distribution function is computed exactly from the regularized incomplete beta function:
 * for t >= 0 the upper tail is {@code P(T > t) = I_x(df/2, 1/2) / 2} with {@code x = df/(df+t^2)}.
 * The quantile inverts it numerically (Newton steps safeguarded by bisection), so no tables or
 * normal approximations are involved and small samples (df 1..4) get the right, wide intervals.
 */
public final class StudentT {

    /** Two-sided 95%: the quantile at 0.975. */
    public static final double P_975 = 0.975;

    private static final int MAX_ITERATIONS = 200;
    private static final double TOLERANCE = 1e-12;

    private StudentT() {
    }

    /** P(T <= t). */
    public static double cdf(double t, double df) {
        requireDf(df);
        if (Double.isNaN(t)) {
            throw new IllegalArgumentException("t is NaN");
        }
        double tail = upperTail(Math.abs(t), df);
        return t >= 0 ? 1 - tail : tail;
    }

    /** P(|T| >= |t|): the two-sided p-value of a t statistic. */
    public static double twoSidedPValue(double t, double df) {
        requireDf(df);
        if (Double.isInfinite(t)) {
            return 0;
        }
        double x = df / (df + t * t);
        return SpecialFunctions.regularizedIncompleteBeta(df / 2, 0.5, x);
    }

    /** The density at t. */
    public static double density(double t, double df) {
        requireDf(df);
        double logNorm = SpecialFunctions.logGamma((df + 1) / 2) - SpecialFunctions.logGamma(df / 2)
                - 0.5 * Math.log(df * Math.PI);
        return Math.exp(logNorm - (df + 1) / 2 * Math.log1p(t * t / df));
    }

    /** The t with P(T <= t) = p, for 0 < p < 1. */
    public static double quantile(double p, double df) {
        requireDf(df);
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("p must be in (0, 1), got " + p);
        }
        if (p == 0.5) {
            return 0;
        }
        // Solve in the upper tail, where the target 1 - p keeps its precision even for p close to 1.
        double tail = p > 0.5 ? 1 - p : p;
        double t = upperTailInverse(tail, df);
        return p > 0.5 ? t : -t;
    }

    /** The critical value of a two-sided 95% interval or test: t_{0.975, df}. */
    public static double criticalValue95(double df) {
        return quantile(P_975, df);
    }

    private static double upperTail(double tNonNegative, double df) {
        return 0.5 * twoSidedPValue(tNonNegative, df);
    }

    /** The t > 0 with P(T > t) = tail, for 0 < tail < 0.5. */
    private static double upperTailInverse(double tail, double df) {
        double low = 0;
        double high = 1;
        while (upperTail(high, df) > tail) {
            low = high;
            high *= 2;
        }
        double t = (low + high) / 2;
        for (int i = 0; i < MAX_ITERATIONS; i++) {
            double excess = upperTail(t, df) - tail;
            if (excess > 0) {
                low = t;
            } else {
                high = t;
            }
            // Newton on f(t) = tail(t) - target, f'(t) = -density(t); fall back to bisection
            // whenever the step would leave the bracket (far out in the heavy tails).
            double next = t + excess / density(t, df);
            if (!(next > low && next < high)) {
                next = (low + high) / 2;
            }
            if (Math.abs(next - t) <= TOLERANCE * Math.max(1, t)) {
                return next;
            }
            t = next;
        }
        return t;
    }

    private static void requireDf(double df) {
        if (!(df > 0) || Double.isInfinite(df)) {
            throw new IllegalArgumentException("degrees of freedom must be a finite number > 0, got " + df);
        }
    }
}

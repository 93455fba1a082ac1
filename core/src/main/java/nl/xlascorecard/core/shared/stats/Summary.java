package nl.xlascorecard.core.shared.stats;

import java.util.Collection;

/**
 * Summary of a sample: size, mean and sample variance (divisor n - 1), with the standard deviation
 * and the 95% confidence interval of the mean from Student's t with n - 1 degrees of freedom.
 *
 * @param variance the sample variance; {@code NaN} when n = 1 (one value has no spread)
 */
public record Summary(int n, double mean, double variance) {

    public Summary {
        if (n < 1) {
            throw new IllegalArgumentException("a summary needs at least one value");
        }
        if (n == 1 && !Double.isNaN(variance)) {
            throw new IllegalArgumentException("variance of a single value is undefined");
        }
    }

    public static Summary of(double... values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("a summary needs at least one value");
        }
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        double mean = sum / values.length;
        if (values.length == 1) {
            return new Summary(1, mean, Double.NaN);
        }
        // Two passes (mean first, then squared deviations): exact enough and free of the
        // cancellation of the one-pass sum-of-squares formula.
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        return new Summary(values.length, mean, squares / (values.length - 1));
    }

    public static Summary of(Collection<? extends Number> values) {
        return of(values.stream().mapToDouble(Number::doubleValue).toArray());
    }

    /**
     * The same n and spread around another centre. Used where the reported mean is not the plain
     * mean of the sample, e.g. the overall score (mean of category means) whose interval uses the
     * spread of the respondents' own overall scores.
     */
    public Summary centredOn(double otherMean) {
        return new Summary(n, otherMean, variance);
    }

    /** True when n >= 2, so that SD, interval and tests exist. */
    public boolean hasSpread() {
        return n >= 2;
    }

    /** Sample standard deviation; {@code NaN} when n = 1. */
    public double sd() {
        return Math.sqrt(variance);
    }

    /** Standard error of the mean, sd / sqrt(n); {@code NaN} when n = 1. */
    public double standardError() {
        return Math.sqrt(variance / n);
    }

    /** 95% confidence interval of the mean, mean +- t_{0.975, n-1} * sd / sqrt(n). */
    public Interval confidenceInterval95() {
        if (!hasSpread()) {
            throw new IllegalStateException("no interval for n = 1");
        }
        double halfWidth = StudentT.criticalValue95(n - 1) * standardError();
        return new Interval(mean - halfWidth, mean + halfWidth);
    }
}

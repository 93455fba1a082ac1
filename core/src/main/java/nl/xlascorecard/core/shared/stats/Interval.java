package nl.xlascorecard.core.shared.stats;

/** A closed interval [low, high], e.g. a confidence interval. */
public record Interval(double low, double high) {

    public Interval {
        if (low > high) {
            throw new IllegalArgumentException("low > high");
        }
    }

    public boolean contains(double value) {
        return value >= low && value <= high;
    }
}

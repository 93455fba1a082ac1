package nl.xlascorecard.core.target.domain;

/**
 * A metric's value over a target's window and the number of data points behind it (ratings,
 * respondents, closed follow-ups, invitations). {@code value} is {@code null} when there was
 * nothing to measure.
 */
public record Measurement(Double value, long n) {

    public Measurement {
        if (n < 0) {
            throw new IllegalArgumentException("negative n");
        }
        if (value != null && (value.isNaN() || value.isInfinite())) {
            throw new IllegalArgumentException("value " + value);
        }
    }

    public static Measurement none() {
        return new Measurement(null, 0);
    }

    public static Measurement of(double value, long n) {
        return new Measurement(value, n);
    }
}

package nl.xlascorecard.core.rating.domain;

/**
 * How many ratings of each value (1..5 stars) an organisation received in a window. Everything the
 * CSAT figures need, so the database counts and the core computes.
 */
public record RatingDistribution(long ones, long twos, long threes, long fours, long fives) {

    public RatingDistribution {
        if (ones < 0 || twos < 0 || threes < 0 || fours < 0 || fives < 0) {
            throw new IllegalArgumentException("negative count");
        }
    }

    public static RatingDistribution empty() {
        return new RatingDistribution(0, 0, 0, 0, 0);
    }

    /** The count of {@code rating} (1..5). */
    public long count(int rating) {
        return switch (rating) {
            case 1 -> ones;
            case 2 -> twos;
            case 3 -> threes;
            case 4 -> fours;
            case 5 -> fives;
            default -> throw new IllegalArgumentException("rating " + rating);
        };
    }

    /** Number of ratings. */
    public long n() {
        return ones + twos + threes + fours + fives;
    }

    /** Ratings of 4 or 5 stars. */
    public long satisfied() {
        return fours + fives;
    }

    /** Sum of all stars given. */
    public long stars() {
        return ones + 2 * twos + 3 * threes + 4 * fours + 5 * fives;
    }
}

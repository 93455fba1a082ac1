package nl.xlascorecard.core.shared.stats;

/**
 * Net promoter score of a set of answers to "How likely are you to recommend us?" (0..10):
 * promoters answer 9-10, passives 7-8, detractors 0-6, and NPS = % promoters - % detractors, from
 * -100 to +100. Always reported beside {@link #meanGrade()}, the plain mean of the answers: Dutch
 * respondents treat an 8 as a good grade, but NPS counts it as passive.
 *
 * <p>The 95% interval is the adjusted-Wald interval of Rocks (2016) as MeasuringU applies it to NPS:
 * add 3/4 to the promoters and to the detractors and 3 to n, then take the difference of the two
 * adjusted proportions with the variance of a difference within one trinomial sample,
 * {@code (pP + pD - (pP - pD)^2) / nAdj}, and z = 1.96; the bounds are clamped to [-100, 100].
 * These are the published constants (measuringu.com/nps-three-confidence-intervals), not z^2/4 and
 * z^2/2: with 0.96 and 1.92 the interval of 6 promoters and 1 detractor in 10 would be -1..+85
 * instead of the published -0..+77 (worked out in docs/statistics.md).
 *
 * <p>With no answer at all ({@link #isEmpty()}), {@link #score()} and {@link #meanGrade()} are
 * {@code NaN} and {@link #interval()} is {@code null}: callers check {@code isEmpty()} (or n
 * against their minimum) first, and the REST layer writes JSON {@code null}.
 *
 * @param promoters  answers 9-10
 * @param passives   answers 7-8
 * @param detractors answers 0-6
 * @param answerSum  sum of all answers, for the mean grade
 */
public record NetPromoterScore(long promoters, long passives, long detractors, long answerSum) {

    /** Number of possible answers, 0..10: the length of a counts array. */
    public static final int ANSWERS = 11;
    public static final int MIN_PROMOTER = 9;
    public static final int MIN_PASSIVE = 7;
    /** Two-sided 95% normal quantile, rounded as in the published intervals. */
    static final double Z = 1.96;
    /** Rocks' adjustment: added to the promoter and to the detractor count. */
    static final double ADDED_PER_GROUP = 0.75;
    /** Rocks' adjustment: added to n. */
    static final double ADDED_TO_N = 3.0;

    public NetPromoterScore {
        if (promoters < 0 || passives < 0 || detractors < 0 || answerSum < 0) {
            throw new IllegalArgumentException("negative count");
        }
        if (answerSum > 10 * (promoters + passives + detractors)) {
            throw new IllegalArgumentException("answer sum larger than 10 x n");
        }
    }

    /** No answers: every figure empty. */
    public static NetPromoterScore empty() {
        return new NetPromoterScore(0, 0, 0, 0);
    }

    /**
     * From the number of times each answer was given: an array of length {@value #ANSWERS},
     * index = answer 0..10 (as {@code ResponseRepository.recommendationCounts} returns it).
     */
    public static NetPromoterScore of(long[] countsPerAnswer) {
        if (countsPerAnswer == null || countsPerAnswer.length != ANSWERS) {
            throw new IllegalArgumentException("counts per answer must have " + ANSWERS + " elements");
        }
        long promoters = 0;
        long passives = 0;
        long detractors = 0;
        long sum = 0;
        for (int answer = 0; answer < ANSWERS; answer++) {
            long count = countsPerAnswer[answer];
            if (count < 0) {
                throw new IllegalArgumentException("negative count of answer " + answer);
            }
            if (answer >= MIN_PROMOTER) {
                promoters += count;
            } else if (answer >= MIN_PASSIVE) {
                passives += count;
            } else {
                detractors += count;
            }
            sum += count * answer;
        }
        return new NetPromoterScore(promoters, passives, detractors, sum);
    }

    /** Counts per answer of a list of single answers 0..10 (nulls, "not answered", skipped). */
    public static long[] countsOf(Iterable<Integer> answers) {
        long[] counts = new long[ANSWERS];
        for (Integer answer : answers) {
            if (answer != null) {
                if (answer < 0 || answer >= ANSWERS) {
                    throw new IllegalArgumentException("answer outside 0..10: " + answer);
                }
                counts[answer]++;
            }
        }
        return counts;
    }

    /** Number of answers. */
    public long n() {
        return promoters + passives + detractors;
    }

    public boolean isEmpty() {
        return n() == 0;
    }

    /** % promoters - % detractors, -100..100; {@code NaN} when empty. Not rounded. */
    public double score() {
        return isEmpty() ? Double.NaN : 100.0 * (promoters - detractors) / n();
    }

    /** Mean of the 0..10 answers (the "grade" shown beside NPS); {@code NaN} when empty. */
    public double meanGrade() {
        return isEmpty() ? Double.NaN : (double) answerSum / n();
    }

    /** Adjusted-Wald 95% interval of the score (see the class comment); {@code null} when empty. */
    public Interval interval() {
        if (isEmpty()) {
            return null;
        }
        double difference = adjustedDifference();
        double halfWidth = Z * Math.sqrt(adjustedVariance());
        return new Interval(Math.max(-100.0, 100.0 * (difference - halfWidth)),
                Math.min(100.0, 100.0 * (difference + halfWidth)));
    }

    /**
     * Whether this score differs from another, independent one at the 5% level: the adjusted-Wald
     * difference of the two adjusted scores against the square root of the sum of their variances
     * (MeasuringU's comparison of two NPS), two-sided with z = 1.96. False when either is empty.
     */
    public boolean differsSignificantlyFrom(NetPromoterScore other) {
        if (isEmpty() || other.isEmpty()) {
            return false;
        }
        double difference = adjustedDifference() - other.adjustedDifference();
        return Math.abs(difference) > Z * Math.sqrt(adjustedVariance() + other.adjustedVariance());
    }

    /** pP - pD after Rocks' adjustment, as a proportion (-1..1). */
    private double adjustedDifference() {
        double nAdjusted = n() + ADDED_TO_N;
        return (promoters + ADDED_PER_GROUP) / nAdjusted - (detractors + ADDED_PER_GROUP) / nAdjusted;
    }

    /** Variance of {@link #adjustedDifference()}: (pP + pD - (pP - pD)^2) / nAdj. */
    private double adjustedVariance() {
        double nAdjusted = n() + ADDED_TO_N;
        double pPromoters = (promoters + ADDED_PER_GROUP) / nAdjusted;
        double pDetractors = (detractors + ADDED_PER_GROUP) / nAdjusted;
        double difference = pPromoters - pDetractors;
        return (pPromoters + pDetractors - difference * difference) / nAdjusted;
    }
}

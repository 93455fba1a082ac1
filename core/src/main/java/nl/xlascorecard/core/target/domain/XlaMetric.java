package nl.xlascorecard.core.target.domain;

/**
 * What an XLA target measures (spec "XLA target"), with the range a threshold may have and the
 * windows that make sense for it (docs/decisions-targets.md).
 *
 * <ul>
 * <li>Ticket ratings and follow-ups happen continuously: only a rolling window of days.</li>
 * <li>Scorecard scores and the response rate exist per round: the latest closed round, or the
 *     newest round closed within a rolling window.</li>
 * <li>NPS is asked in rounds and on its own: both windows.</li>
 * </ul>
 */
public enum XlaMetric {
    /** Share of ticket ratings of 4-5 stars, percent. */
    CSAT_PERCENT(0, 100, true, false),
    /** Mean ticket rating, 1..5 stars. */
    MEAN_RATING(1, 5, true, false),
    /** Net promoter score, -100..100. */
    NPS(-100, 100, true, true),
    /** Overall score of a round (mean of the category means), 1..100. */
    SCORECARD_OVERALL(1, 100, true, true),
    /** One category's score of a round, 1..100; the target names the category. */
    SCORECARD_CATEGORY(1, 100, true, true),
    /** Share of closed follow-ups that were done within their window, percent. */
    FOLLOW_UPS_IN_WINDOW_PERCENT(0, 100, true, false),
    /** Responses / invitations of a round, percent. */
    RESPONSE_RATE(0, 100, true, true);

    private final double minThreshold;
    private final double maxThreshold;
    private final boolean rollingDays;
    private final boolean latestClosedRound;

    XlaMetric(double minThreshold, double maxThreshold, boolean rollingDays, boolean latestClosedRound) {
        this.minThreshold = minThreshold;
        this.maxThreshold = maxThreshold;
        this.rollingDays = rollingDays;
        this.latestClosedRound = latestClosedRound;
    }

    public double minThreshold() {
        return minThreshold;
    }

    public double maxThreshold() {
        return maxThreshold;
    }

    /** The widest warning margin that still means something: the whole range of the metric. */
    public double maxMargin() {
        return maxThreshold - minThreshold;
    }

    public boolean needsCategory() {
        return this == SCORECARD_CATEGORY;
    }

    public boolean allows(TargetWindow.Kind kind) {
        return kind == TargetWindow.Kind.ROLLING_DAYS ? rollingDays : latestClosedRound;
    }
}

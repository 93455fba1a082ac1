package nl.xlascorecard.core.target.domain;

import java.util.List;

/**
 * The default targets a new installation starts with (docs/decisions-targets.md, with the sources
 * from the product's research notes):
 * <ul>
 * <li>CSAT % at least 90 over 90 days, margin 3, at least 10 ratings: MetricNet calls over 90 %
 *     "very good indeed"; 90 days hold enough ratings for a small organisation.</li>
 * <li>NPS at least 30 in the latest closed round, margin 10, at least 10 answers: 0-30 is good and
 *     30-70 great for a relationship survey; differences under 15-20 points are noise at these n,
 *     so the margin is wide.</li>
 * <li>Follow-ups done within their window (1 business day) at least 95 % over 90 days, margin 3,
 *     at least 5 closed follow-ups: the closed-loop practice of contacting detractors within 24-48 h.</li>
 * <li>Scorecard overall at least 70 in the latest closed round, margin 5, at least 5 respondents:
 *     the "frustrating" line of digital-experience scores is 70 of 100; 5 is the anonymity floor.</li>
 * <li>Response rate at least 30 % of the latest closed round, margin 5, at least 5 invitations:
 *     B2B relationship surveys average 32 %.</li>
 * </ul>
 */
public final class DefaultTargets {

    private DefaultTargets() {
    }

    /** The shipped defaults (id 0, for all organisations). */
    public static List<XlaTarget> shipped() {
        return List.of(
                target(XlaMetric.CSAT_PERCENT, 90, 3, TargetWindow.rollingDays(90), 10),
                target(XlaMetric.NPS, 30, 10, TargetWindow.latestClosedRound(), 10),
                target(XlaMetric.FOLLOW_UPS_IN_WINDOW_PERCENT, 95, 3, TargetWindow.rollingDays(90), 5),
                target(XlaMetric.SCORECARD_OVERALL, 70, 5, TargetWindow.latestClosedRound(), 5),
                target(XlaMetric.RESPONSE_RATE, 30, 5, TargetWindow.latestClosedRound(), 5));
    }

    private static XlaTarget target(XlaMetric metric, double threshold, double margin, TargetWindow window, int minimum) {
        return new XlaTarget(0, null, metric, null, Comparison.AT_LEAST, threshold, margin, window, minimum);
    }
}

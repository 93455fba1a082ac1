package nl.xlascorecard.core.target.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The status rule, a pure function of the measurement and the target (docs/decisions-targets.md):
 * <ul>
 * <li>NO_DATA: no value, or fewer data points than {@code minimumDataPoints};</li>
 * <li>AT_LEAST: BREACHED when value &lt; threshold; AT_RISK when threshold &lt;= value &lt;
 *     threshold + margin; MET when value &gt;= threshold + margin;</li>
 * <li>AT_MOST: BREACHED when value &gt; threshold; AT_RISK when threshold - margin &lt; value &lt;=
 *     threshold; MET when value &lt;= threshold - margin.</li>
 * </ul>
 * A value exactly at the threshold meets the target (at risk when the margin is above 0); a margin of
 * 0 never gives AT_RISK. Values are rounded to {@value #DECIMALS} decimals first, so a share computed
 * as 27/30 counts as exactly 90 and not as 89.99999999999999.
 */
public final class TargetEvaluation {

    static final int DECIMALS = 6;

    private TargetEvaluation() {
    }

    public static TargetStatus evaluate(Measurement measurement, XlaTarget target) {
        return evaluate(measurement.value(), measurement.n(), target);
    }

    public static TargetStatus evaluate(Double value, long n, XlaTarget target) {
        if (value == null || n < target.minimumDataPoints()) {
            return TargetStatus.NO_DATA;
        }
        BigDecimal v = rounded(value);
        BigDecimal threshold = rounded(target.threshold());
        BigDecimal margin = rounded(target.warningMargin());
        if (target.comparison() == Comparison.AT_LEAST) {
            if (v.compareTo(threshold) < 0) {
                return TargetStatus.BREACHED;
            }
            return v.compareTo(threshold.add(margin)) < 0 ? TargetStatus.AT_RISK : TargetStatus.MET;
        }
        if (v.compareTo(threshold) > 0) {
            return TargetStatus.BREACHED;
        }
        return v.compareTo(threshold.subtract(margin)) > 0 ? TargetStatus.AT_RISK : TargetStatus.MET;
    }

    private static BigDecimal rounded(double value) {
        return BigDecimal.valueOf(value).setScale(DECIMALS, RoundingMode.HALF_UP);
    }
}

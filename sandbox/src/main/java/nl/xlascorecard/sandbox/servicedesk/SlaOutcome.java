package nl.xlascorecard.sandbox.servicedesk;

import java.time.Duration;
import java.util.Objects;

/**
 * One SLA of a simulated request as JSM's SLA panel shows it: the goal, the time used and, once the
 * cycle stopped, whether the goal was met. A cycle still running has no outcome yet.
 *
 * @param metric    which SLA
 * @param goal      the goal (business time, as JSM counts it)
 * @param elapsed   the time used (the whole cycle when completed, so far when running)
 * @param completed whether the cycle has stopped (first response given, request resolved)
 */
public record SlaOutcome(SlaMetric metric, Duration goal, Duration elapsed, boolean completed) {

    public SlaOutcome {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(goal, "goal");
        Objects.requireNonNull(elapsed, "elapsed");
    }

    public boolean breached() {
        return elapsed.compareTo(goal) > 0;
    }

    /** Met: stopped within the goal. */
    public boolean met() {
        return completed && !breached();
    }

    /** The two SLAs of JSM's default IT service desk. */
    public enum SlaMetric {
        TIME_TO_FIRST_RESPONSE,
        TIME_TO_RESOLUTION;

        public String textKey() {
            return "sandbox.sla." + name();
        }
    }
}

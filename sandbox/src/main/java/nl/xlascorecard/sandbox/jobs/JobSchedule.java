package nl.xlascorecard.sandbox.jobs;

import java.time.Duration;

/**
 * How often the sandbox runs the app's jobs; {@link #OFF} runs none (most tests drive the in-ports
 * themselves). The plugin's Jira job runners are scheduled with Jira's scheduler instead.
 *
 * @param reconcileRatings   interval of the rating reconciliation
 * @param followUpReminders  interval of the reminder and escalation job
 * @param targetEvaluation   interval of the XLA target evaluation
 */
public record JobSchedule(Duration reconcileRatings, Duration followUpReminders, Duration targetEvaluation) {

    public static final JobSchedule OFF = new JobSchedule(Duration.ZERO, Duration.ZERO);
    /** What {@code SandboxMain} uses unless told otherwise: as often as the Jira job runners would run. */
    public static final JobSchedule DEFAULT = new JobSchedule(Duration.ofMinutes(15), Duration.ofMinutes(1));

    public JobSchedule {
        if (reconcileRatings.isNegative() || followUpReminders.isNegative() || targetEvaluation.isNegative()) {
            throw new IllegalArgumentException("Job intervals cannot be negative");
        }
    }

    /** The XLA target evaluation as often as the rating reconciliation (both every 15 minutes in Jira). */
    public JobSchedule(Duration reconcileRatings, Duration followUpReminders) {
        this(reconcileRatings, followUpReminders, reconcileRatings);
    }

    /** Every job every {@code interval} (tests use a short one). */
    public static JobSchedule every(Duration interval) {
        return new JobSchedule(interval, interval, interval);
    }

    public boolean isOff() {
        return reconcileRatings.isZero() && followUpReminders.isZero() && targetEvaluation.isZero();
    }
}

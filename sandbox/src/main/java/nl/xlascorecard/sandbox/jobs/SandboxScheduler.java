package nl.xlascorecard.sandbox.jobs;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.xlascorecard.core.followup.port.in.SendFollowUpReminders;
import nl.xlascorecard.core.followup.port.in.SendFollowUpReminders.ReminderReport;
import nl.xlascorecard.core.rating.port.in.ReconcileRatings;
import nl.xlascorecard.core.rating.port.in.ReconcileRatings.ReconciliationReport;
import nl.xlascorecard.core.target.port.in.EvaluateTargets;

/**
 * The sandbox's stand-in for Jira's scheduler: runs the app's jobs (rating reconciliation, follow-up
 * reminders) on an executor at fixed delays. Every sandbox node runs them, which is harsher than
 * Jira's "once per cluster" jobs: the core's claims in the database must make each reminder and
 * escalation go out once anyway. A failing run is logged and the next run happens as planned.
 */
public final class SandboxScheduler implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SandboxScheduler.class);

    private final ScheduledExecutorService executor;

    private SandboxScheduler(ScheduledExecutorService executor) {
        this.executor = executor;
    }

    /** Starts the jobs of {@code schedule} (none when it is off); {@code node} names the threads. */
    public static SandboxScheduler start(JobSchedule schedule, String node, ReconcileRatings reconcile,
                                         SendFollowUpReminders reminders) {
        return start(schedule, node, reconcile, reminders, null);
    }

    /** As above, with the XLA target evaluation ({@code null}: none). */
    public static SandboxScheduler start(JobSchedule schedule, String node, ReconcileRatings reconcile,
                                         SendFollowUpReminders reminders, EvaluateTargets targets) {
        AtomicInteger threads = new AtomicInteger();
        ScheduledExecutorService executor = Executors.newScheduledThreadPool(1, runnable -> {
            Thread thread = new Thread(runnable, "sandbox-jobs-" + node + "-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        schedule(executor, "reconcile-ratings", schedule.reconcileRatings(), () -> {
            ReconciliationReport report = reconcile.reconcile();
            if (report.created() + report.updated() + report.rejected() > 0) {
                LOG.info("Rating reconciliation on {}: {} new, {} changed, {} rejected, {} follow-ups opened", node,
                        report.created(), report.updated(), report.rejected(), report.followUps());
            }
        });
        schedule(executor, "follow-up-reminders", schedule.followUpReminders(), () -> {
            ReminderReport report = reminders.sendDue();
            if (report.reminders() + report.escalations() + report.failed() > 0) {
                LOG.info("Follow-up job on {}: {} reminders, {} escalations, {} failed", node, report.reminders(),
                        report.escalations(), report.failed());
            }
        });
        if (targets != null) {
            schedule(executor, "target-evaluation", schedule.targetEvaluation(), () -> {
                int changes = targets.evaluateAll();
                if (changes > 0) {
                    LOG.info("XLA target evaluation on {}: {} statuses changed", node, changes);
                }
            });
        }
        return new SandboxScheduler(executor);
    }

    private static void schedule(ScheduledExecutorService executor, String name, Duration interval, Runnable job) {
        if (interval.isZero()) {
            return;
        }
        long millis = interval.toMillis();
        executor.scheduleWithFixedDelay(() -> {
            try {
                job.run();
            } catch (RuntimeException e) {
                // A thrown exception would cancel every later run of a scheduled task.
                LOG.error("Sandbox job {} failed; it runs again in {} ms", name, millis, e);
            }
        }, millis, millis, TimeUnit.MILLISECONDS);
    }

    /** Stops the jobs, waiting briefly for a running one to finish (its transaction should not be cut off). */
    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}

package nl.xlascorecard.plugin.jira.scheduler;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;

/**
 * The app's scheduled jobs. {@link #start()} (the app is enabled, on every node) registers the job
 * runners and schedules the jobs with stable ids, run once per cluster; scheduling the same id again
 * replaces the stored schedule, so every node starting does no harm. {@link #stop()} (the app is
 * disabled or the node stops) unregisters the runners. The schedules are left in place on purpose:
 * they are stored for the whole cluster, and one node stopping must not stop the jobs on the others;
 * while no node has the runner registered, Jira skips the runs.
 */
public final class XlaJobs {

    private static final Logger LOG = LoggerFactory.getLogger(XlaJobs.class);

    public static final JobRunnerKey RECONCILIATION_RUNNER = JobRunnerKey.of("nl.xlascorecard.xla-scorecard:rating-reconciliation");
    public static final JobId RECONCILIATION_JOB = JobId.of("nl.xlascorecard.xla-scorecard:rating-reconciliation-job");
    public static final Duration RECONCILIATION_EVERY = Duration.ofMinutes(15);

    public static final JobRunnerKey REMINDER_RUNNER = JobRunnerKey.of("nl.xlascorecard.xla-scorecard:follow-up-reminders");
    public static final JobId REMINDER_JOB = JobId.of("nl.xlascorecard.xla-scorecard:follow-up-reminders-job");
    public static final Duration REMINDER_EVERY = Duration.ofMinutes(5);

    // XLA targets
    public static final JobRunnerKey TARGET_RUNNER = JobRunnerKey.of("nl.xlascorecard.xla-scorecard:target-evaluation");
    public static final JobId TARGET_JOB = JobId.of("nl.xlascorecard.xla-scorecard:target-evaluation-job");
    public static final Duration TARGET_EVERY = Duration.ofMinutes(15);
    /** SLA snapshots: JSM calls by the thousand per run, so less often than the evaluation. */
    public static final JobRunnerKey SLA_SNAPSHOT_RUNNER = JobRunnerKey.of("nl.xlascorecard.xla-scorecard:sla-snapshots");
    public static final JobId SLA_SNAPSHOT_JOB = JobId.of("nl.xlascorecard.xla-scorecard:sla-snapshots-job");
    public static final Duration SLA_SNAPSHOT_EVERY = Duration.ofMinutes(30);

    /** The first runs wait a little, so they do not add to the load of a starting Jira. */
    static final Duration FIRST_RUN_DELAY = Duration.ofMinutes(1);

    private final SchedulerService scheduler;
    private final RatingReconciliationJob reconciliation;
    private final FollowUpReminderJob reminders;
    /** {@code null} when the app runs without XLA targets. */
    private final TargetEvaluationJob targets;
    /** {@code null} when the app runs without XLA targets or reads SLA figures live. */
    private final SlaSnapshotJob slaSnapshots;
    private final Clock clock;

    public XlaJobs(SchedulerService scheduler, RatingReconciliationJob reconciliation, FollowUpReminderJob reminders,
                   Clock clock) {
        this(scheduler, reconciliation, reminders, null, clock);
    }

    /** With the XLA target evaluation as a third job. */
    public XlaJobs(SchedulerService scheduler, RatingReconciliationJob reconciliation, FollowUpReminderJob reminders,
                   TargetEvaluationJob targets, Clock clock) {
        this(scheduler, reconciliation, reminders, targets, null, clock);
    }

    /** With the XLA target evaluation and the SLA snapshot refresh as third and fourth jobs. */
    public XlaJobs(SchedulerService scheduler, RatingReconciliationJob reconciliation, FollowUpReminderJob reminders,
                   TargetEvaluationJob targets, SlaSnapshotJob slaSnapshots, Clock clock) {
        this.targets = targets;
        this.slaSnapshots = slaSnapshots;
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.reconciliation = Objects.requireNonNull(reconciliation, "reconciliation");
        this.reminders = Objects.requireNonNull(reminders, "reminders");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public void start() {
        schedule(RECONCILIATION_RUNNER, reconciliation, RECONCILIATION_JOB, RECONCILIATION_EVERY);
        schedule(REMINDER_RUNNER, reminders, REMINDER_JOB, REMINDER_EVERY);
        if (targets != null) {
            schedule(TARGET_RUNNER, targets, TARGET_JOB, TARGET_EVERY);
        }
        if (slaSnapshots != null) {
            schedule(SLA_SNAPSHOT_RUNNER, slaSnapshots, SLA_SNAPSHOT_JOB, SLA_SNAPSHOT_EVERY);
        }
    }

    public void stop() {
        scheduler.unregisterJobRunner(RECONCILIATION_RUNNER);
        scheduler.unregisterJobRunner(REMINDER_RUNNER);
        if (targets != null) {
            scheduler.unregisterJobRunner(TARGET_RUNNER);
        }
        if (slaSnapshots != null) {
            scheduler.unregisterJobRunner(SLA_SNAPSHOT_RUNNER);
        }
    }

    private void schedule(JobRunnerKey key, JobRunner runner, JobId id, Duration every) {
        scheduler.registerJobRunner(key, runner);
        JobConfig config = JobConfig.forJobRunnerKey(key)
                .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                .withSchedule(Schedule.forInterval(every.toMillis(), new Date(clock.millis() + FIRST_RUN_DELAY.toMillis())));
        try {
            scheduler.scheduleJob(id, config);
        } catch (SchedulerServiceException e) {
            // The app still works (events still record ratings); the administrator sees this in the log.
            LOG.error("Could not schedule {}", id, e);
        }
    }
}

package nl.xlascorecard.plugin.jira.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;

import nl.xlascorecard.core.followup.port.in.SendFollowUpReminders.ReminderReport;
import nl.xlascorecard.core.rating.port.in.ReconcileRatings.ReconciliationReport;
import nl.xlascorecard.core.target.port.in.EvaluateTargets;
import nl.xlascorecard.core.target.port.in.RefreshSlaSnapshots.RefreshReport;

/**
 * Registration and scheduling of the jobs. Compiled and tested against the declared scheduler API
 * with a hand-written fake, not in a running Jira. What the jobs do is tested with the real app in
 * {@code JobRunnersOnHsqldbTest}.
 */
class XlaJobsTest {

    private static final Instant NOW = Instant.parse("2026-03-11T09:00:00Z");

    /** Atlassian's scheduler as its javadoc describes it: runners per key, jobs per id (same id replaces). */
    static final class FakeScheduler implements SchedulerService {

        final Map<JobRunnerKey, JobRunner> runners = new LinkedHashMap<>();
        final Map<JobId, JobConfig> jobs = new LinkedHashMap<>();
        final List<JobId> unscheduled = new ArrayList<>();
        boolean refuseSchedules;

        @Override
        public void registerJobRunner(JobRunnerKey jobRunnerKey, JobRunner jobRunner) {
            runners.put(jobRunnerKey, jobRunner);
        }

        @Override
        public void unregisterJobRunner(JobRunnerKey jobRunnerKey) {
            runners.remove(jobRunnerKey);
        }

        @Override
        public void scheduleJob(JobId jobId, JobConfig jobConfig) throws SchedulerServiceException {
            if (refuseSchedules) {
                throw new SchedulerServiceException("cluster lock unavailable");
            }
            jobs.put(jobId, jobConfig);
        }

        @Override
        public void unscheduleJob(JobId jobId) {
            unscheduled.add(jobId);
            jobs.remove(jobId);
        }
    }

    private final FakeScheduler scheduler = new FakeScheduler();
    private final int[] runs = new int[2];
    private final XlaJobs jobs = new XlaJobs(scheduler,
            new RatingReconciliationJob(() -> {
                runs[0]++;
                return new ReconciliationReport(NOW, NOW, 3, 1, 1, 1, 0, 1);
            }),
            new FollowUpReminderJob(() -> {
                runs[1]++;
                return new ReminderReport(2, 1, 0);
            }),
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void startRegistersBothRunnersAndSchedulesThemOncePerClusterWithStableIds() {
        jobs.start();

        assertThat(scheduler.runners).containsOnlyKeys(
                JobRunnerKey.of("nl.xlascorecard.xla-scorecard:rating-reconciliation"),
                JobRunnerKey.of("nl.xlascorecard.xla-scorecard:follow-up-reminders"));
        JobConfig reconciliation = scheduler.jobs.get(JobId.of("nl.xlascorecard.xla-scorecard:rating-reconciliation-job"));
        JobConfig reminders = scheduler.jobs.get(JobId.of("nl.xlascorecard.xla-scorecard:follow-up-reminders-job"));
        assertThat(reconciliation.getRunMode()).isEqualTo(RunMode.RUN_ONCE_PER_CLUSTER);
        assertThat(reconciliation.getJobRunnerKey()).isEqualTo(XlaJobs.RECONCILIATION_RUNNER);
        assertThat(reconciliation.getSchedule().getIntervalScheduleInfo().getIntervalInMillis())
                .isEqualTo(Duration.ofMinutes(15).toMillis());
        assertThat(reconciliation.getSchedule().getIntervalScheduleInfo().getFirstRunTime())
                .isEqualTo(Date.from(NOW.plus(Duration.ofMinutes(1))));
        assertThat(reminders.getRunMode()).isEqualTo(RunMode.RUN_ONCE_PER_CLUSTER);
        assertThat(reminders.getJobRunnerKey()).isEqualTo(XlaJobs.REMINDER_RUNNER);
        assertThat(reminders.getSchedule().getIntervalScheduleInfo().getIntervalInMillis())
                .isEqualTo(Duration.ofMinutes(5).toMillis());
    }

    @Test
    void theTargetEvaluationRunsOncePerClusterEveryQuarterOfAnHourAndStopsWithTheOthers() {
        int[] evaluations = new int[1];
        XlaJobs withTargets = new XlaJobs(scheduler, new RatingReconciliationJob(() -> null),
                new FollowUpReminderJob(() -> null), new TargetEvaluationJob(new EvaluateTargets() {
                    @Override
                    public int evaluateOrganisation(long organisationId) {
                        throw new AssertionError("the job evaluates all");
                    }

                    @Override
                    public int evaluateAll() {
                        evaluations[0]++;
                        return 4;
                    }
                }), Clock.fixed(NOW, ZoneOffset.UTC));
        withTargets.start();

        JobConfig targets = scheduler.jobs.get(JobId.of("nl.xlascorecard.xla-scorecard:target-evaluation-job"));
        assertThat(targets.getRunMode()).isEqualTo(RunMode.RUN_ONCE_PER_CLUSTER);
        assertThat(targets.getJobRunnerKey()).isEqualTo(XlaJobs.TARGET_RUNNER);
        assertThat(targets.getSchedule().getIntervalScheduleInfo().getIntervalInMillis())
                .isEqualTo(Duration.ofMinutes(15).toMillis());
        assertThat(scheduler.runners.get(XlaJobs.TARGET_RUNNER).runJob(null).getMessage()).isEqualTo("4 XLA target statuses changed");
        assertThat(evaluations[0]).isEqualTo(1);
        withTargets.stop();
        assertThat(scheduler.runners).isEmpty();
    }

    @Test
    void theSlaSnapshotRefreshIsItsOwnJobOncePerClusterEveryHalfHourSoonAfterStart() {
        int[] refreshes = new int[1];
        XlaJobs withSnapshots = new XlaJobs(scheduler, new RatingReconciliationJob(() -> null),
                new FollowUpReminderJob(() -> null), new TargetEvaluationJob(new EvaluateTargets() {
                    @Override
                    public int evaluateOrganisation(long organisationId) {
                        throw new AssertionError("not this job");
                    }

                    @Override
                    public int evaluateAll() {
                        throw new AssertionError("not this job");
                    }
                }), new SlaSnapshotJob(() -> {
                    refreshes[0]++;
                    return new RefreshReport(998, 2);
                }), Clock.fixed(NOW, ZoneOffset.UTC));
        withSnapshots.start();
        withSnapshots.start();

        assertThat(scheduler.jobs).hasSize(4);
        JobConfig snapshots = scheduler.jobs.get(JobId.of("nl.xlascorecard.xla-scorecard:sla-snapshots-job"));
        assertThat(snapshots.getRunMode()).isEqualTo(RunMode.RUN_ONCE_PER_CLUSTER);
        assertThat(snapshots.getJobRunnerKey()).isEqualTo(JobRunnerKey.of("nl.xlascorecard.xla-scorecard:sla-snapshots"));
        assertThat(snapshots.getSchedule().getIntervalScheduleInfo().getIntervalInMillis())
                .isEqualTo(Duration.ofMinutes(30).toMillis());
        assertThat(snapshots.getSchedule().getIntervalScheduleInfo().getFirstRunTime())
                .isEqualTo(Date.from(NOW.plus(Duration.ofMinutes(1))));
        JobRunnerResponse response = scheduler.runners.get(XlaJobs.SLA_SNAPSHOT_RUNNER).runJob(null);
        assertThat(response.getStatus()).isEqualTo(JobRunnerResponse.Status.SUCCESS);
        assertThat(response.getMessage()).isEqualTo("SLA snapshots: refreshed=998 failed=2");
        assertThat(refreshes[0]).isEqualTo(1);
        withSnapshots.stop();
        assertThat(scheduler.runners).isEmpty();
        assertThat(scheduler.jobs).hasSize(4);
    }

    @Test
    void startingOnASecondNodeReplacesTheSameJobsInsteadOfAddingMore() {
        jobs.start();
        jobs.start();

        assertThat(scheduler.jobs).hasSize(2);
    }

    @Test
    void stopUnregistersTheRunnersAndLeavesTheClusterSchedule() {
        jobs.start();
        jobs.stop();

        assertThat(scheduler.runners).isEmpty();
        assertThat(scheduler.jobs).hasSize(2);
        assertThat(scheduler.unscheduled).isEmpty();
    }

    @Test
    void aRefusedScheduleIsLoggedAndTheRunnersStayRegistered() {
        scheduler.refuseSchedules = true;

        jobs.start();

        assertThat(scheduler.runners).hasSize(2);
        assertThat(scheduler.jobs).isEmpty();
    }

    @Test
    void eachRunnerRunsItsUseCaseOnceAndReportsTheCounts() {
        jobs.start();

        JobRunnerResponse reconciled = scheduler.runners.get(XlaJobs.RECONCILIATION_RUNNER).runJob(null);
        JobRunnerResponse reminded = scheduler.runners.get(XlaJobs.REMINDER_RUNNER).runJob(null);

        assertThat(runs).containsExactly(1, 1);
        assertThat(reconciled.getStatus()).isEqualTo(JobRunnerResponse.Status.SUCCESS);
        assertThat(reconciled.getMessage()).contains("read=3", "followUps=1");
        assertThat(reminded.getMessage()).contains("reminders=2", "escalations=1");
    }
}

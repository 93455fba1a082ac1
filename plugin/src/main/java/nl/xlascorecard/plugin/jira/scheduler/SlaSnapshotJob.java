package nl.xlascorecard.plugin.jira.scheduler;

import java.util.Objects;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;

import nl.xlascorecard.core.target.port.in.RefreshSlaSnapshots;

/**
 * Every 30 minutes, once per cluster: measures every organisation's SLA figures for the windows the
 * dashboard offers through JSM and stores them, so the XLA overview reads stored snapshots and never
 * calls JSM while a user waits. Its own job rather than a step of the target evaluation: it costs
 * JSM calls by the thousand, and a slow or failing JSM must not delay or fail the evaluation.
 */
public final class SlaSnapshotJob implements JobRunner {

    private final RefreshSlaSnapshots refresh;

    public SlaSnapshotJob(RefreshSlaSnapshots refresh) {
        this.refresh = Objects.requireNonNull(refresh, "refresh");
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        return JobRunnerResponse.success("SLA snapshots: " + refresh.refreshAll());
    }
}

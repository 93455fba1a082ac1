package nl.xlascorecard.plugin.jira.scheduler;

import java.util.Objects;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;

import nl.xlascorecard.core.rating.port.in.ReconcileRatings;

/**
 * Every 15 minutes, once per cluster: records ratings that no issue event delivered. The report
 * (counts, including rejected requests) is what Jira's scheduler administration shows for the run.
 */
public final class RatingReconciliationJob implements JobRunner {

    private final ReconcileRatings reconciliation;

    public RatingReconciliationJob(ReconcileRatings reconciliation) {
        this.reconciliation = Objects.requireNonNull(reconciliation, "reconciliation");
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        ReconcileRatings.ReconciliationReport report = reconciliation.reconcile();
        return JobRunnerResponse.success(report.toString());
    }
}

package nl.xlascorecard.plugin.jira.scheduler;

import java.util.Objects;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;

import nl.xlascorecard.core.target.port.in.EvaluateTargets;

/**
 * Every 15 minutes, once per cluster: evaluates every organisation's XLA targets. Catches up what
 * the change triggers cannot see (time passing: ratings leaving a rolling window; a changed default;
 * a trigger that failed). Safe to overlap with triggers on any node: the status store records each
 * change once.
 */
public final class TargetEvaluationJob implements JobRunner {

    private final EvaluateTargets evaluation;

    public TargetEvaluationJob(EvaluateTargets evaluation) {
        this.evaluation = Objects.requireNonNull(evaluation, "evaluation");
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        int changes = evaluation.evaluateAll();
        return JobRunnerResponse.success(changes + " XLA target statuses changed");
    }
}

package nl.xlascorecard.core.target.port.in;

import java.util.Collection;

import nl.xlascorecard.core.target.domain.XlaMetric;

/**
 * In-port for the features whose data targets measure: "this organisation's data for these metrics
 * changed". Called after the change committed. Must never fail the caller's own work: an
 * evaluation that fails is left to the evaluation job, which runs once per cluster.
 */
public interface TargetEvaluationTrigger {

    TargetEvaluationTrigger NONE = (organisationIds, metrics) -> { };

    void dataChanged(Collection<Long> organisationIds, Collection<XlaMetric> metrics);
}

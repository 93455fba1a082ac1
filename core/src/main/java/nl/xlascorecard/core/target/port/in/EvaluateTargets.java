package nl.xlascorecard.core.target.port.in;

/**
 * In-port: measure targets and store their statuses. Used by the evaluation job and after changes of
 * the data a target measures. No caller: evaluation reads data on the app's own behalf and only
 * writes statuses. Idempotent: evaluating twice with the same data writes no second history row.
 */
public interface EvaluateTargets {

    /** Evaluates every effective target of the organisation; returns how many statuses changed. */
    int evaluateOrganisation(long organisationId);

    /** Evaluates every organisation of the directory, page by page; returns how many statuses changed. */
    int evaluateAll();
}

package nl.xlascorecard.core.target.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * The stored status of one target for one organisation.
 *
 * @param since       when the status became what it is (the last change)
 * @param evaluatedAt when it was last evaluated (with or without a change)
 */
public record TargetState(long organisationId, long targetId, TargetStatus status, Double value, long n,
                          Instant since, Instant evaluatedAt) {

    public TargetState {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(evaluatedAt, "evaluatedAt");
    }

    /** True when an evaluation with this outcome changes nothing but the evaluation time. */
    public boolean sameOutcome(TargetStatus otherStatus, Double otherValue, long otherN) {
        return status == otherStatus && Objects.equals(value, otherValue) && n == otherN;
    }
}

package nl.xlascorecard.core.target.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One change of a target's status for an organisation: the history behind "breached since".
 *
 * @param from the status before, {@code null} for the first evaluation
 */
public record StatusChange(long organisationId, long targetId, TargetStatus from, TargetStatus to, Double value,
                           long n, Instant at) {

    public StatusChange {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(at, "at");
    }
}

package nl.xlascorecard.core.target.port.out;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import nl.xlascorecard.core.shared.Page;
import nl.xlascorecard.core.shared.PageRequest;
import nl.xlascorecard.core.target.domain.StatusChange;
import nl.xlascorecard.core.target.domain.TargetState;
import nl.xlascorecard.core.target.domain.TargetStatus;

/** Out-port: the current status per (organisation, target) and the history of its changes. */
public interface TargetStatusRepository {

    /**
     * Stores an evaluation, atomically and safe against concurrent evaluations of the same
     * (organisation, target) on any node:
     * <ul>
     * <li>no stored status: store it and a history row from {@code null};</li>
     * <li>same status, value and n: only the evaluation time changes, no history row;</li>
     * <li>same status, other value or n: value, n and evaluation time change, no history row;</li>
     * <li>other status: the status changes ({@code since = at}) and one history row is added.</li>
     * </ul>
     * Two concurrent evaluations never add two history rows for one change (a unique key per change
     * decides). Must run inside a transaction.
     *
     * @return the change recorded, or {@code null} when the status stayed what it was
     */
    StatusChange record(long organisationId, long targetId, TargetStatus status, Double value, long n, Instant at);

    /** The stored statuses of these organisations, in one query. */
    List<TargetState> ofOrganisations(Collection<Long> organisationIds);

    /** Status changes of one (organisation, target), newest first. */
    Page<StatusChange> history(long organisationId, long targetId, PageRequest page);

    /** Removes the current statuses of a deleted target; its history of status changes is kept. */
    void deleteTarget(long targetId);

    /**
     * Removes the organisation's current statuses of targets no longer among its effective ones. Their
     * history is kept, and continues when such a target applies again.
     */
    void retainOnly(long organisationId, Set<Long> targetIds);
}

package nl.xlascorecard.core.scorecard.port.out;

import java.util.List;
import java.util.Optional;

import nl.xlascorecard.core.scorecard.domain.Round;
import nl.xlascorecard.core.shared.Page;
import nl.xlascorecard.core.shared.PageRequest;

/** Out-port: rounds. */
public interface RoundRepository {

    /**
     * Stores a new round and returns it with its id. A second BASELINE of the same organisation
     * fails with {@link nl.xlascorecard.core.scorecard.domain.ScorecardConflicts#baselineExists},
     * enforced by a unique column so that two concurrent requests cannot both succeed.
     */
    Round insert(Round round);

    Optional<Round> find(long roundId);

    /**
     * Saves changed fields if the stored version equals {@code round.version()}, else fails with
     * {@link nl.xlascorecard.core.shared.ConflictException#staleVersion}. Returns the round with version + 1.
     */
    Round update(Round round);

    /**
     * Takes the round's row lock for the rest of the current transaction, without changing its
     * version, and returns the round as committed at that moment (empty when it does not exist).
     * A response is stored under this lock after checking the state, so a concurrent close (which
     * locks the same row in {@link #update}) either waits for the response or is seen by the check.
     * Must be called inside a transaction.
     */
    Optional<Round> lockForResponses(long roundId);

    /** Rounds of an organisation, newest period first (opens descending, then id descending). */
    Page<Round> listByOrganisation(long organisationId, PageRequest page);

    Optional<Round> findBaseline(long organisationId);

    /**
     * The newest CLOSED round of the organisation whose period started before {@code round}'s
     * (ties by id), excluding {@code round} itself: what a result is compared with.
     */
    Optional<Round> findPreviousClosed(Round round);

    /** The latest rounds of an organisation (any state) for planning proposals; at most {@code max}. */
    List<Round> latest(long organisationId, int max);
}

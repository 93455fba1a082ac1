package nl.xlascorecard.core.scorecard.domain;

import nl.xlascorecard.core.shared.ConflictException;

/**
 * The 409 answers of the scorecard, built in one place so that the service's own check and the
 * repository's unique key (which wins a race the check cannot see) give the client the same answer.
 */
public final class ScorecardConflicts {

    public static final String BASELINE_EXISTS = "xla.error.round.baselineExists";
    public static final String TEMPLATE_OUTDATED = "xla.error.template.outdated";
    public static final String ROUND_NOT_PLANNED = "xla.error.round.notPlanned";
    public static final String ROUND_NOT_OPEN = "xla.error.round.notOpen";
    public static final String ROUND_NOT_ACCEPTING_RESPONSES = "xla.error.round.notAcceptingResponses";

    private ScorecardConflicts() {
    }

    /** A second BASELINE for an organisation (field {@code kind}). */
    public static ConflictException baselineExists(long organisationId) {
        return new ConflictException("kind", BASELINE_EXISTS, "organisation " + organisationId + " already has a baseline");
    }

    /**
     * A state change or a response that needs the round in state {@code required} (field
     * {@code state}): opening a round that is not PLANNED, closing one that is not OPEN.
     */
    public static ConflictException roundState(Round round, RoundState required) {
        return new ConflictException("state", required == RoundState.PLANNED ? ROUND_NOT_PLANNED : ROUND_NOT_OPEN,
                "round " + round.id() + " is " + round.state() + ", needs " + required);
    }

    /** A response to a round that is not OPEN (field {@code round}). */
    public static ConflictException roundNotAcceptingResponses(Round round) {
        return new ConflictException("round", ROUND_NOT_ACCEPTING_RESPONSES, "round " + round.id() + " is " + round.state());
    }

    /** The template was saved by someone else since the editor loaded it (field {@code basedOnVersion}). */
    public static ConflictException templateOutdated(int version) {
        return new ConflictException("basedOnVersion", TEMPLATE_OUTDATED, "template version " + version + " is taken or outdated");
    }
}

package nl.xlascorecard.core.scorecard.domain;

import nl.xlascorecard.core.shared.ConflictException;

/**
 * The 409 answers of the scorecard, built in one place so that the service's own check and the
 * repository's unique key (which wins a race the check cannot see) give the client the same answer.
 */
public final class ScorecardConflicts {

    public static final String BASELINE_EXISTS = "xla.error.round.baselineExists";
    public static final String TEMPLATE_OUTDATED = "xla.error.template.outdated";

    private ScorecardConflicts() {
    }

    /** A second BASELINE for an organisation (field {@code kind}). */
    public static ConflictException baselineExists(long organisationId) {
        return new ConflictException("kind", BASELINE_EXISTS, "organisation " + organisationId + " already has a baseline");
    }

    /** The template was saved by someone else since the editor loaded it (field {@code basedOnVersion}). */
    public static ConflictException templateOutdated(int version) {
        return new ConflictException("basedOnVersion", TEMPLATE_OUTDATED, "template version " + version + " is taken or outdated");
    }
}

package nl.xlascorecard.core.scorecard.service;

import java.util.Objects;

import nl.xlascorecard.core.organisation.service.OrganisationAccess;
import nl.xlascorecard.core.scorecard.domain.Round;
import nl.xlascorecard.core.scorecard.port.out.RoundRepository;
import nl.xlascorecard.core.shared.Caller;
import nl.xlascorecard.core.shared.NotFoundException;

/**
 * Loads a round for a caller by the rights on its organisation: a round of an organisation the
 * caller cannot see is "not found", exactly like a round that does not exist.
 */
public final class RoundAccess {

    public static final String NOT_FOUND = "xla.error.round.notFound";

    private final RoundRepository rounds;
    private final OrganisationAccess access;

    public RoundAccess(RoundRepository rounds, OrganisationAccess access) {
        this.rounds = Objects.requireNonNull(rounds);
        this.access = Objects.requireNonNull(access);
    }

    /** @throws NotFoundException missing or hidden */
    public Round visible(Caller caller, long roundId) {
        Round round = rounds.find(roundId).orElseThrow(() -> notFound(roundId));
        access.checkVisible(caller, round.organisationId(), () -> notFound(roundId));
        return round;
    }

    /**
     * @throws NotFoundException  missing or hidden
     * @throws nl.xlascorecard.core.shared.ForbiddenException visible (to an agent) but not theirs to change
     */
    public Round manageable(Caller caller, long roundId) {
        Round round = rounds.find(roundId).orElseThrow(() -> notFound(roundId));
        access.checkManageable(caller, round.organisationId(), () -> notFound(roundId));
        return round;
    }

    private static NotFoundException notFound(long roundId) {
        return new NotFoundException(NOT_FOUND, "round " + roundId + " missing or hidden");
    }
}

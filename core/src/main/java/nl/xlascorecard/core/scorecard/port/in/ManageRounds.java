package nl.xlascorecard.core.scorecard.port.in;

import java.time.LocalDate;
import java.util.List;

import nl.xlascorecard.core.scorecard.domain.Round;
import nl.xlascorecard.core.scorecard.domain.RoundKind;
import nl.xlascorecard.core.scorecard.domain.RoundProposal;
import nl.xlascorecard.core.shared.Caller;
import nl.xlascorecard.core.shared.Page;
import nl.xlascorecard.core.shared.PageRequest;

/** In-port: plan, open and close rounds (service managers of the organisation). */
public interface ManageRounds {

    /** A new round in state PLANNED on the current template version. */
    Round plan(Caller caller, PlanRoundCommand command);

    Round get(Caller caller, long roundId);

    Page<Round> list(Caller caller, long organisationId, PageRequest page);

    /** PLANNED -> OPEN. {@code expectedVersion} is the round version the caller saw. */
    Round open(Caller caller, long roundId, long expectedVersion);

    /** OPEN -> CLOSED (final). */
    Round close(Caller caller, long roundId, long expectedVersion);

    /** Suggested next rounds from the cadence: the baseline if there is none, then periodic ones. */
    List<RoundProposal> proposals(Caller caller, long organisationId);

    /** What a client sends to plan a round; validated by the service, field by field. */
    record PlanRoundCommand(long organisationId, RoundKind kind, String title, LocalDate opens, LocalDate closes,
                            boolean anonymous, int invitations) {
    }
}

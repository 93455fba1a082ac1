package nl.xlascorecard.core.action.port.in;

import java.time.LocalDate;

import nl.xlascorecard.core.action.domain.ActionState;
import nl.xlascorecard.core.action.domain.ImprovementAction;
import nl.xlascorecard.core.shared.Caller;
import nl.xlascorecard.core.shared.Page;
import nl.xlascorecard.core.shared.PageRequest;

/** In-port: improvement actions per organisation (service managers of that organisation). */
public interface ManageImprovementActions {

    ImprovementAction create(Caller caller, ActionCommand command);

    ImprovementAction get(Caller caller, long actionId);

    /** Replaces the editable fields; {@code expectedVersion} guards against lost updates. */
    ImprovementAction update(Caller caller, long actionId, long expectedVersion, ActionCommand command);

    /** OPEN -> DONE or back to OPEN. */
    ImprovementAction setState(Caller caller, long actionId, long expectedVersion, ActionState state);

    Page<ImprovementAction> list(Caller caller, long organisationId, ActionState stateOrNull, PageRequest page);

    /**
     * Editable fields as the client sent them; {@code category} is a string so an unknown value is a
     * field error. {@code roundId}, when given, must be a round of the same organisation.
     */
    record ActionCommand(long organisationId, Long roundId, String category, String statementKey, String text,
                         String ownerKey, LocalDate due, String linkedIssueKey) {
    }
}

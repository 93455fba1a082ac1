package nl.xlascorecard.core.action.port.out;

import java.util.Optional;

import nl.xlascorecard.core.action.domain.ActionState;
import nl.xlascorecard.core.action.domain.ImprovementAction;
import nl.xlascorecard.core.shared.Page;
import nl.xlascorecard.core.shared.PageRequest;

/** Out-port: improvement actions. */
public interface ImprovementActionRepository {

    ImprovementAction insert(ImprovementAction action);

    Optional<ImprovementAction> find(long actionId);

    /** Optimistic update like {@code RoundRepository#update}. */
    ImprovementAction update(ImprovementAction action);

    /** Actions of an organisation: OPEN first by due date (none last), then DONE newest first. */
    Page<ImprovementAction> listByOrganisation(long organisationId, ActionState stateOrNull, PageRequest page);
}

package nl.xlascorecard.core.scorecard.service;

import java.util.List;

import nl.xlascorecard.core.scorecard.domain.Round;
import nl.xlascorecard.core.scorecard.port.in.ManageRounds.PlanRoundCommand;
import nl.xlascorecard.core.shared.FieldError;
import nl.xlascorecard.core.shared.FieldErrors;
import nl.xlascorecard.core.shared.Inputs;

/** Field rules of planning a round; the state rules (one baseline) are checked by the service. */
final class PlanRoundRules {

    static final String PERIOD_ORDER = "xla.error.round.periodOrder";

    private PlanRoundRules() {
    }

    static List<FieldError> check(PlanRoundCommand command) {
        FieldErrors errors = new FieldErrors();
        errors.required("kind", command.kind());
        errors.maxLength("title", Inputs.stripped(command.title()), Round.MAX_TITLE);
        boolean opens = errors.required("opens", command.opens()) && errors.dateInRange("opens", command.opens());
        boolean closes = errors.required("closes", command.closes()) && errors.dateInRange("closes", command.closes());
        if (opens && closes && command.closes().isBefore(command.opens())) {
            errors.add("closes", PERIOD_ORDER);
        }
        errors.range("invitations", command.invitations(), 0, Round.MAX_INVITATIONS);
        return errors.list();
    }
}

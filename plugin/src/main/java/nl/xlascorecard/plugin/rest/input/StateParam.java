package nl.xlascorecard.plugin.rest.input;

import nl.xlascorecard.core.action.domain.ActionState;
import nl.xlascorecard.core.shared.ValidationException;

/** The optional {@code state} query parameter of the action list: absent means every state. */
public final class StateParam {

    private StateParam() {
    }

    public static ActionState of(String state) {
        if (state == null || state.isEmpty()) {
            return null;
        }
        for (ActionState candidate : ActionState.values()) {
            if (candidate.name().equals(state)) {
                return candidate;
            }
        }
        throw ValidationException.of("state", JsonObjectReader.ONE_OF, JsonObjectReader.names(ActionState.class));
    }
}

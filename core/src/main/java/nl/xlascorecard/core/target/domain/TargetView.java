package nl.xlascorecard.core.target.domain;

import java.util.Objects;

/**
 * One of an organisation's effective targets with its stored status.
 *
 * @param inherited true when the target is a default the organisation does not override
 * @param state     the stored status, {@code null} when the target has not been evaluated yet
 */
public record TargetView(XlaTarget target, boolean inherited, TargetState state) {

    public TargetView {
        Objects.requireNonNull(target, "target");
    }

    /** The stored status, NO_DATA before the first evaluation. */
    public TargetStatus status() {
        return state == null ? TargetStatus.NO_DATA : state.status();
    }
}

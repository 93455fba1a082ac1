package nl.xlascorecard.core.action.domain;

/** An improvement action is OPEN until it is DONE. */
public enum ActionState {
    OPEN,
    DONE
}

package nl.xlascorecard.core.followup.domain;

/** Result of calling the customer back. */
public enum CallOutcome {
    /** The customer was spoken to. */
    REACHED,
    /** Nobody answered; the follow-up stays open until the maximum number of attempts is reached. */
    NOT_REACHED
}

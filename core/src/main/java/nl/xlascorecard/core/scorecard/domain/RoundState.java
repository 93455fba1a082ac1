package nl.xlascorecard.core.scorecard.domain;

/** PLANNED -> OPEN -> CLOSED. Responses are accepted only while OPEN; closing is final. */
public enum RoundState {
    PLANNED,
    OPEN,
    CLOSED
}

package nl.xlascorecard.core.scorecard.domain;

/** BASELINE is the "0-meting" (at most one per organisation); PERIODIC are the regular rounds. */
public enum RoundKind {
    BASELINE,
    PERIODIC
}

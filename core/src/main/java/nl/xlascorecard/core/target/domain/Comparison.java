package nl.xlascorecard.core.target.domain;

/** Whether a target's value must be at least or at most its threshold. */
public enum Comparison {
    AT_LEAST,
    AT_MOST
}

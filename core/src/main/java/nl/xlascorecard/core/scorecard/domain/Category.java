package nl.xlascorecard.core.scorecard.domain;

/** The five balanced-scorecard categories (spec section 2), in display order. */
public enum Category {
    RELIABILITY,
    ASSURANCE,
    PARTNERSHIP,
    EMPATHY,
    COMMUNICATION
}

package nl.xlascorecard.core.scorecard.domain;

/** Who answered: the customer's ICT manager, an end user (care worker) or an executive. */
public enum RespondentRole {
    ICT_MANAGER,
    END_USER,
    EXECUTIVE
}

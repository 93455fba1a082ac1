package nl.xlascorecard.core.rating.domain;

/** What recording a rating observation did to the stored rating of the request. */
public enum RatingOutcome {
    /** The request had no stored rating: it was inserted. */
    CREATED,
    /** The stored rating was older than the observation and differed: it was replaced. */
    UPDATED,
    /** Same feedback as stored, or older than the stored one (an out-of-order delivery): nothing changed. */
    UNCHANGED
}

package nl.xlascorecard.core.scorecard.domain;

/** Result of one statement: respondents who gave a score (absent = "no opinion" is not counted). */
public record StatementResult(String statementKey, Stat stat, Delta vsPrevious, Delta vsBaseline) {
}

package nl.xlascorecard.core.scorecard.domain;

import java.util.List;

/**
 * Result of one category. Per respondent the category score is the mean of the statements they
 * scored in it; {@code stat} summarises those respondent scores.
 *
 * @param attention true when the mean is below the attention threshold or dropped significantly
 *                  against the previous closed round
 */
public record CategoryResult(Category category, Stat stat, List<StatementResult> statements,
                             Delta vsPrevious, Delta vsBaseline, boolean attention) {

    public CategoryResult {
        statements = List.copyOf(statements);
    }
}

package nl.xlascorecard.core.action.service;

import java.util.Optional;
import java.util.regex.Pattern;

import nl.xlascorecard.core.action.domain.ImprovementAction;
import nl.xlascorecard.core.action.port.in.ManageImprovementActions.ActionCommand;
import nl.xlascorecard.core.scorecard.domain.Category;
import nl.xlascorecard.core.scorecard.domain.Round;
import nl.xlascorecard.core.scorecard.domain.ScorecardTemplate;
import nl.xlascorecard.core.shared.FieldErrors;
import nl.xlascorecard.core.shared.Inputs;

/**
 * Field rules of an improvement action. The round (when given) and the template it is checked
 * against are looked up by the service; this class only judges.
 */
final class ActionRules {

    /** A Jira issue key: project key (capital, then capitals, digits or _), dash, number. */
    static final Pattern ISSUE_KEY = Pattern.compile("[A-Z][A-Z0-9_]+-[0-9]+");
    static final int MAX_KEY = 255;

    static final String ROUND_INVALID = "xla.error.action.roundInvalid";
    static final String UNKNOWN_STATEMENT = "xla.error.action.unknownStatement";
    static final String STATEMENT_CATEGORY = "xla.error.action.statementCategoryMismatch";
    static final String ISSUE_KEY_FORMAT = "xla.error.action.issueKeyFormat";
    private static final String CATEGORIES = Inputs.choices(Category.class);

    private ActionRules() {
    }

    /**
     * @param round    the round {@code command.roundId()} names, or empty when none was given or it
     *                 does not exist
     * @param template the round's template, or the current one when no round was given
     */
    static FieldErrors check(ActionCommand command, Optional<Round> round, ScorecardTemplate template) {
        FieldErrors errors = new FieldErrors();
        String text = Inputs.stripped(command.text());
        if (errors.required("text", text)) {
            errors.maxLength("text", text, ImprovementAction.MAX_TEXT);
        }
        Optional<Category> category = Inputs.choice(Category.class, command.category());
        if (Inputs.stripped(command.category()) != null && category.isEmpty()) {
            errors.add("category", FieldErrors.INVALID_CHOICE, CATEGORIES);
        }
        if (command.roundId() != null
                && round.filter(r -> r.organisationId() == command.organisationId()).isEmpty()) {
            errors.add("roundId", ROUND_INVALID);
        }
        String statementKey = Inputs.stripped(command.statementKey());
        if (statementKey != null) {
            Optional<Category> statementCategory = template.categoryOf(statementKey);
            if (statementCategory.isEmpty()) {
                errors.add("statementKey", UNKNOWN_STATEMENT);
            } else if (category.isPresent() && category.get() != statementCategory.get()) {
                errors.add("statementKey", STATEMENT_CATEGORY);
            }
        }
        String issueKey = Inputs.stripped(command.linkedIssueKey());
        if (issueKey != null) {
            if (issueKey.length() > MAX_KEY) {
                errors.maxLength("linkedIssueKey", issueKey, MAX_KEY);
            } else if (!ISSUE_KEY.matcher(issueKey).matches()) {
                errors.add("linkedIssueKey", ISSUE_KEY_FORMAT);
            }
        }
        errors.maxLength("ownerKey", Inputs.stripped(command.ownerKey()), MAX_KEY);
        errors.dateInRange("due", command.due());
        return errors;
    }
}

package nl.xlascorecard.core.scorecard.service;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

import nl.xlascorecard.core.scorecard.domain.Category;
import nl.xlascorecard.core.scorecard.domain.RespondentRole;
import nl.xlascorecard.core.scorecard.domain.Response;
import nl.xlascorecard.core.scorecard.domain.ScorecardTemplate;
import nl.xlascorecard.core.scorecard.port.in.RecordResponses.SubmitResponseCommand;
import nl.xlascorecard.core.shared.FieldError;
import nl.xlascorecard.core.shared.FieldErrors;
import nl.xlascorecard.core.shared.Inputs;

/** Field rules of one submitted response against the round's template; every problem is reported. */
final class ResponseRules {

    static final String UNKNOWN_STATEMENT = "xla.error.response.unknownStatement";
    static final String EMPTY = "xla.error.response.empty";
    static final String NAME_IN_ANONYMOUS_ROUND = "xla.error.response.nameInAnonymousRound";
    static final String REF_IN_ANONYMOUS_ROUND = "xla.error.response.refInAnonymousRound";
    /**
     * A reference in an anonymous round is a form number (spec section 6: no identity stored), so
     * it may not hold what identifies a person, such as an e-mail address or a name with spaces.
     */
    static final Pattern FORM_NUMBER = Pattern.compile("[A-Za-z0-9_-]{1,20}");
    static final int MAX_NAME = 255;
    private static final String ROLES = Inputs.choices(RespondentRole.class);

    private ResponseRules() {
    }

    static List<FieldError> check(SubmitResponseCommand command, ScorecardTemplate template, boolean anonymous) {
        FieldErrors errors = new FieldErrors();
        if (errors.required("role", command.role()) && role(command.role()).isEmpty()) {
            errors.add("role", FieldErrors.INVALID_CHOICE, ROLES);
        }
        String ref = Inputs.stripped(command.respondentRef());
        if (anonymous && ref != null && !FORM_NUMBER.matcher(ref).matches()) {
            errors.add("respondentRef", REF_IN_ANONYMOUS_ROUND);
        } else {
            errors.maxLength("respondentRef", ref, Response.MAX_REF);
        }
        if (anonymous && Inputs.stripped(command.respondentName()) != null) {
            errors.add("respondentName", NAME_IN_ANONYMOUS_ROUND);
        } else {
            errors.maxLength("respondentName", Inputs.stripped(command.respondentName()), MAX_NAME);
        }
        // Sorted so that the errors come in a stable order whatever map the client's JSON became.
        new TreeMap<>(scoresOf(command)).forEach((key, value) -> {
            String field = "scores." + key;
            if (template.categoryOf(key).isEmpty()) {
                errors.add(field, UNKNOWN_STATEMENT);
            } else if (value != null) {
                errors.range(field, value, Response.MIN_SCORE, Response.MAX_SCORE);
            }
        });
        commentsOf(command).forEach((category, text) ->
                errors.maxLength("comments." + category.name(), Inputs.stripped(text), Response.MAX_TEXT));
        errors.maxLength("onePointBetter", Inputs.stripped(command.onePointBetter()), Response.MAX_TEXT);
        if (command.recommendation() != null) {
            errors.range("recommendation", command.recommendation(), Response.MIN_RECOMMENDATION,
                    Response.MAX_RECOMMENDATION);
        }
        errors.maxLength("recommendationComment", Inputs.stripped(command.recommendationComment()), Response.MAX_TEXT);
        // The relationship question alone is a complete answer too (spec "NPS": answered in a round or on its own).
        boolean anyScore = scoresOf(command).values().stream().anyMatch(v -> v != null)
                || command.recommendation() != null;
        boolean anyComment = commentsOf(command).values().stream().anyMatch(c -> Inputs.stripped(c) != null)
                || Inputs.stripped(command.onePointBetter()) != null
                || Inputs.stripped(command.recommendationComment()) != null;
        if (!anyScore && !anyComment) {
            errors.add("scores", EMPTY);
        }
        return errors.list();
    }

    /** The role the client meant, case and surrounding blanks ignored. */
    static Optional<RespondentRole> role(String value) {
        return Inputs.choice(RespondentRole.class, value);
    }

    static Map<String, Integer> scoresOf(SubmitResponseCommand command) {
        return command.scores() == null ? Map.of() : command.scores();
    }

    static Map<Category, String> commentsOf(SubmitResponseCommand command) {
        return command.comments() == null ? Map.of() : command.comments();
    }
}

package nl.xlascorecard.plugin.rest.input;

import java.io.InputStream;
import java.util.Map;
import java.util.Set;

import nl.xlascorecard.core.scorecard.domain.Category;
import nl.xlascorecard.core.scorecard.port.in.RecordResponses.SubmitResponseCommand;

/**
 * Body of {@code POST /rounds/{id}/responses}. Scores must be JSON whole numbers or {@code null}
 * ("no opinion"); {@code 1.5}, {@code "80"}, {@code true} or an object are field errors such as
 * {@code scores.REL_1}. The role is passed on as text so the core names an unknown role; the core
 * also checks score ranges, statement keys and text lengths. {@code recommendation} (NPS, 0..10) is
 * read the same way as a score: a whole number or {@code null}, else a field error. Comments are stored as plain text:
 * whatever HTML they contain is escaped where it is shown.
 */
public final class ResponseInput {

    static final Set<String> FIELDS = Set.of("role", "respondentRef", "respondentName", "scores", "comments",
            "onePointBetter", "recommendation", "recommendationComment");

    private ResponseInput() {
    }

    public static SubmitResponseCommand read(InputStream body) {
        JsonObjectReader json = JsonBody.read(body, FIELDS);
        String role = json.requiredText("role");
        String respondentRef = json.optionalText("respondentRef");
        String respondentName = json.optionalText("respondentName");
        Map<String, Integer> scores = json.optionalWholeNumberMap("scores");
        Map<Category, String> comments = json.optionalTextByEnumMap("comments", Category.class);
        String onePointBetter = json.optionalText("onePointBetter");
        Integer recommendation = json.optionalInt("recommendation");
        String recommendationComment = json.optionalText("recommendationComment");
        json.validate();
        return new SubmitResponseCommand(role, respondentRef, respondentName, scores, comments, onePointBetter,
                recommendation, recommendationComment);
    }
}

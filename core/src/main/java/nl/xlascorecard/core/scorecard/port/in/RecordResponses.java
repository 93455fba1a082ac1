package nl.xlascorecard.core.scorecard.port.in;

import java.util.Map;

import nl.xlascorecard.core.scorecard.domain.Category;
import nl.xlascorecard.core.scorecard.domain.RespondentRole;
import nl.xlascorecard.core.scorecard.domain.Response;
import nl.xlascorecard.core.shared.Caller;
import nl.xlascorecard.core.shared.Page;
import nl.xlascorecard.core.shared.PageRequest;

/** In-port: responses of a round. Service managers enter them (paper forms, interviews). */
public interface RecordResponses {

    /**
     * Validates and stores a response to an OPEN round (409 otherwise). Scores must be keys of the
     * round's template version with integer values 1..100; {@code null} values mean "no opinion".
     */
    Response submit(Caller caller, long roundId, SubmitResponseCommand command);

    Page<Response> list(Caller caller, long roundId, PageRequest page);

    /**
     * Raw input as the client sent it. {@code role} is a string so an unknown role is reported as a
     * field error rather than a parse failure. {@code recommendation} is the 0..10 answer to "How
     * likely are you to recommend us?" ({@code null}: not answered); the core checks its range.
     */
    record SubmitResponseCommand(String role, String respondentRef, String respondentName,
                                 Map<String, Integer> scores, Map<Category, String> comments, String onePointBetter,
                                 Integer recommendation, String recommendationComment) {

        /** A command without the relationship question. */
        public SubmitResponseCommand(String role, String respondentRef, String respondentName,
                                     Map<String, Integer> scores, Map<Category, String> comments,
                                     String onePointBetter) {
            this(role, respondentRef, respondentName, scores, comments, onePointBetter, null, null);
        }
    }
}

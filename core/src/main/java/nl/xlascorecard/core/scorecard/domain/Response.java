package nl.xlascorecard.core.scorecard.domain;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One respondent's answers in one round.
 *
 * @param id             database id (0 before it is stored)
 * @param respondentRef  what makes re-submitting replace instead of duplicate: the invitation id or
 *                       a form number the service manager typed; {@code null} for a one-off entry.
 *                       In anonymous rounds it must not identify a person (a form number).
 * @param respondentName optional name of the respondent; always {@code null} in anonymous rounds
 * @param scores         statement key -> 1..100; a statement without a key is "no opinion"
 * @param comments       category -> free text (optional per category)
 * @param onePointBetter answer to "what would make it one point better?", or {@code null}
 * @param recommendation the relationship question "How likely are you to recommend us?", 0..10, or
 *                       {@code null} when not answered (spec "NPS")
 * @param recommendationComment free text explaining that answer, or {@code null}
 */
/* The NPS components come last so that the older constructor below stays a plain prefix of this one. */
public record Response(long id, long roundId, RespondentRole role, String respondentRef, String respondentName,
                       Map<String, Integer> scores, Map<Category, String> comments, String onePointBetter,
                       Instant submittedAt, Integer recommendation, String recommendationComment) {

    public static final int MIN_SCORE = 1;
    public static final int MAX_SCORE = 100;
    /** Longest comment or answer accepted (characters). */
    public static final int MAX_TEXT = 4000;
    public static final int MAX_REF = 100;
    /** Answers of the relationship question: 0 ("not at all likely") .. 10 ("extremely likely"). */
    public static final int MIN_RECOMMENDATION = 0;
    public static final int MAX_RECOMMENDATION = 10;

    public Response {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(submittedAt, "submittedAt");
        scores = Map.copyOf(scores);
        comments = Map.copyOf(comments);
        if (recommendation != null
                && (recommendation < MIN_RECOMMENDATION || recommendation > MAX_RECOMMENDATION)) {
            throw new IllegalArgumentException("recommendation outside 0..10: " + recommendation);
        }
    }

    /** A response without the relationship question (entered before NPS existed, or left unanswered). */
    public Response(long id, long roundId, RespondentRole role, String respondentRef, String respondentName,
                    Map<String, Integer> scores, Map<Category, String> comments, String onePointBetter,
                    Instant submittedAt) {
        this(id, roundId, role, respondentRef, respondentName, scores, comments, onePointBetter, submittedAt, null, null);
    }
}

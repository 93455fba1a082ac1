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
 */
public record Response(long id, long roundId, RespondentRole role, String respondentRef, String respondentName,
                       Map<String, Integer> scores, Map<Category, String> comments, String onePointBetter,
                       Instant submittedAt) {

    public static final int MIN_SCORE = 1;
    public static final int MAX_SCORE = 100;
    /** Longest comment or answer accepted (characters). */
    public static final int MAX_TEXT = 4000;
    public static final int MAX_REF = 100;

    public Response {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(submittedAt, "submittedAt");
        scores = Map.copyOf(scores);
        comments = Map.copyOf(comments);
    }
}

package nl.xlascorecard.plugin.persistence.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One respondent's answers in one round. Scores and comments are compact JSON text in the row
 * rather than child tables: a round's result needs every answer of every response, and this way
 * one indexed query on {@code ROUND_ID} returns them all (no join, no query per response), and the
 * 25 scores of 200,000 responses stay 200,000 rows instead of five million. The answer to the
 * relationship question (NPS) is a column of its own, not JSON, so the database counts it.
 */
/* @Preload: every find loads whole rows in its one SELECT, not one more query per column. */
@Preload
@Table("RESPONSE")
@Indexes(@Index(name = "round_recommend", methodNames = {"getRoundId", "getRecommendation", "getSubmittedAt"}))
public interface ResponseAo extends Entity {

    @NotNull
    @Indexed
    long getRoundId();

    void setRoundId(long roundId);

    /** {@code ICT_MANAGER}, {@code END_USER} or {@code EXECUTIVE}. */
    @NotNull
    @StringLength(20)
    String getRespondentRole();

    void setRespondentRole(String respondentRole);

    @StringLength(100)
    String getRespondentRef();

    void setRespondentRef(String respondentRef);

    @StringLength(255)
    String getRespondentName();

    void setRespondentName(String respondentName);

    /** JSON object statement key -> score 1..100; null when every statement was "no opinion". */
    @StringLength(StringLength.UNLIMITED)
    String getScores();

    void setScores(String scores);

    /** JSON object category -> comment; null when there are none. */
    @StringLength(StringLength.UNLIMITED)
    String getComments();

    void setComments(String comments);

    @StringLength(StringLength.UNLIMITED)
    String getOnePointBetter();

    void setOnePointBetter(String onePointBetter);

    /**
     * Answer 0..10 to "How likely are you to recommend us?"; NULL when not answered, as in every row
     * stored before the question existed (so no upgrade task is needed). Indexed with the round and
     * the time so that NPS per round and per month are index-range counts.
     */
    Integer getRecommendation();

    void setRecommendation(Integer recommendation);

    @StringLength(StringLength.UNLIMITED)
    String getRecommendationComment();

    void setRecommendationComment(String recommendationComment);

    @NotNull
    long getSubmittedAt();

    void setSubmittedAt(long submittedAt);

    /**
     * Makes re-submitting replace instead of duplicate: {@code <roundId>:<respondentRef>} when a ref
     * is given, else {@code <roundId>#<random UUID>} (never NULL: see {@code RoundAo#getBaselineKey}).
     */
    @NotNull
    @Unique
    @Indexed
    @StringLength(160)
    String getResponseKey();

    void setResponseKey(String responseKey);
}

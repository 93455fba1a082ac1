package nl.xlascorecard.core.scorecard.port.out;

import java.time.Instant;
import java.util.List;

import nl.xlascorecard.core.scorecard.domain.Response;
import nl.xlascorecard.core.shared.Page;
import nl.xlascorecard.core.shared.PageRequest;

/** Out-port: responses. */
public interface ResponseRepository {

    /**
     * Stores a response. When {@code respondentRef} is not null and the round already has a
     * response with that ref, that response is replaced (same id), never duplicated; the database
     * enforces this with a unique key built from round id and ref.
     */
    Response upsert(Response response);

    /** Every response of the round, to compute its result. A round has at most a few thousand. */
    List<Response> listAll(long roundId);

    Page<Response> list(long roundId, PageRequest page);

    int count(long roundId);

    /**
     * How often each answer of the relationship question was given by the responses of one round:
     * an array of length 11, index = answer 0..10. Responses without an answer are not counted.
     * Feed it to {@code NetPromoterScore.of}.
     */
    long[] recommendationCounts(long roundId);

    /**
     * The same counts over the responses of one organisation (any round, any state) submitted in
     * {@code [from, to)}: the NPS over time, independent of the rounds' own periods.
     */
    long[] recommendationCounts(long organisationId, Instant from, Instant to);

    /**
     * As {@link #recommendationCounts(long, Instant, Instant)}, limited to the responses of CLOSED
     * rounds when {@code closedRoundsOnly}: what those who may not read interim results (agents) see,
     * so that two reads a response apart never tell one respondent's answer.
     */
    long[] recommendationCounts(long organisationId, Instant from, Instant to, boolean closedRoundsOnly);
}

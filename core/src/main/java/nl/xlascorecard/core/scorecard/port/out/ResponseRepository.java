package nl.xlascorecard.core.scorecard.port.out;

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
}

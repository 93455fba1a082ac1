package nl.xlascorecard.core.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

import nl.xlascorecard.core.scorecard.domain.Response;
import nl.xlascorecard.core.scorecard.domain.RoundState;
import nl.xlascorecard.core.scorecard.port.out.ResponseRepository;
import nl.xlascorecard.core.shared.Page;
import nl.xlascorecard.core.shared.PageRequest;
import nl.xlascorecard.core.shared.stats.NetPromoterScore;

/** Responses in memory; a second response with the same round and ref replaces the first. */
public final class InMemoryResponseRepository implements ResponseRepository {

    private final List<Response> responses = new ArrayList<>();
    private final FakeTransactions transactions;
    /** Where a response's organisation is looked up (through its round), as the database joins it. */
    private final InMemoryRoundRepository rounds;
    private long nextId = 1;

    public InMemoryResponseRepository(FakeTransactions transactions, InMemoryRoundRepository rounds) {
        this.transactions = transactions;
        this.rounds = Objects.requireNonNull(rounds);
    }

    @Override
    public Response upsert(Response response) {
        transactions.requireActive();
        return store(response);
    }

    /** Test setup: store outside any service. */
    public Response store(Response response) {
        for (int i = 0; i < responses.size(); i++) {
            Response old = responses.get(i);
            if (response.respondentRef() != null && old.roundId() == response.roundId()
                    && Objects.equals(old.respondentRef(), response.respondentRef())) {
                Response replaced = withId(response, old.id());
                responses.set(i, replaced);
                return replaced;
            }
        }
        Response stored = withId(response, nextId++);
        responses.add(stored);
        return stored;
    }

    @Override
    public List<Response> listAll(long roundId) {
        return responses.stream().filter(r -> r.roundId() == roundId).toList();
    }

    @Override
    public Page<Response> list(long roundId, PageRequest page) {
        return Pages.slice(listAll(roundId), page);
    }

    @Override
    public int count(long roundId) {
        return listAll(roundId).size();
    }

    @Override
    public long[] recommendationCounts(long roundId) {
        return countsOf(r -> r.roundId() == roundId);
    }

    @Override
    public long[] recommendationCounts(long organisationId, Instant from, Instant to) {
        return recommendationCounts(organisationId, from, to, false);
    }

    @Override
    public long[] recommendationCounts(long organisationId, Instant from, Instant to, boolean closedRoundsOnly) {
        return countsOf(r -> !r.submittedAt().isBefore(from) && r.submittedAt().isBefore(to)
                && rounds.find(r.roundId()).map(round -> round.organisationId() == organisationId
                        && (!closedRoundsOnly || round.state() == RoundState.CLOSED)).orElse(false));
    }

    private long[] countsOf(Predicate<Response> which) {
        return NetPromoterScore.countsOf(responses.stream().filter(which).map(Response::recommendation).toList());
    }

    private static Response withId(Response r, long id) {
        return new Response(id, r.roundId(), r.role(), r.respondentRef(), r.respondentName(), r.scores(), r.comments(),
                r.onePointBetter(), r.submittedAt(), r.recommendation(), r.recommendationComment());
    }
}

package nl.xlascorecard.core.testing;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.xlascorecard.core.scorecard.domain.Round;
import nl.xlascorecard.core.scorecard.domain.RoundKind;
import nl.xlascorecard.core.scorecard.domain.RoundState;
import nl.xlascorecard.core.scorecard.domain.ScorecardConflicts;
import nl.xlascorecard.core.scorecard.port.out.RoundRepository;
import nl.xlascorecard.core.shared.ConflictException;
import nl.xlascorecard.core.shared.Page;
import nl.xlascorecard.core.shared.PageRequest;

/** Rounds in memory, with the unique baseline and optimistic version the real store enforces. */
public final class InMemoryRoundRepository implements RoundRepository {

    private static final Comparator<Round> NEWEST_FIRST =
            Comparator.comparing(Round::opens).thenComparing(Round::id).reversed();

    private final Map<Long, Round> rounds = new LinkedHashMap<>();
    private final FakeTransactions transactions;
    private long nextId = 1;

    public InMemoryRoundRepository(FakeTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Round insert(Round round) {
        transactions.requireActive();
        return store(round);
    }

    /** Test setup: store a round as given (any state), outside any service. */
    public Round store(Round round) {
        if (round.kind() == RoundKind.BASELINE && findBaseline(round.organisationId()).isPresent()) {
            throw ScorecardConflicts.baselineExists(round.organisationId());
        }
        Round stored = withIdAndVersion(round, nextId++, round.version());
        rounds.put(stored.id(), stored);
        return stored;
    }

    @Override
    public Optional<Round> find(long roundId) {
        return Optional.ofNullable(rounds.get(roundId));
    }

    /** One thread at a time runs these fakes, so the lock is only the transaction check. */
    @Override
    public Optional<Round> lockForResponses(long roundId) {
        transactions.requireActive();
        return find(roundId);
    }

    @Override
    public Round update(Round round) {
        transactions.requireActive();
        Round stored = rounds.get(round.id());
        if (stored == null || stored.version() != round.version()) {
            throw ConflictException.staleVersion("round " + round.id());
        }
        Round updated = withIdAndVersion(round, round.id(), round.version() + 1);
        rounds.put(updated.id(), updated);
        return updated;
    }

    @Override
    public Page<Round> listByOrganisation(long organisationId, PageRequest page) {
        return Pages.slice(ofOrganisation(organisationId), page);
    }

    @Override
    public Optional<Round> findBaseline(long organisationId) {
        return rounds.values().stream()
                .filter(r -> r.organisationId() == organisationId && r.kind() == RoundKind.BASELINE).findFirst();
    }

    @Override
    public Optional<Round> findPreviousClosed(Round round) {
        Comparator<Round> order = Comparator.comparing(Round::opens).thenComparing(Round::id);
        return ofOrganisation(round.organisationId()).stream()
                .filter(r -> r.state() == RoundState.CLOSED && r.id() != round.id())
                .filter(r -> order.compare(r, round) < 0)
                .findFirst();
    }

    @Override
    public List<Round> latest(long organisationId, int max) {
        return ofOrganisation(organisationId).stream().limit(max).toList();
    }

    private List<Round> ofOrganisation(long organisationId) {
        return rounds.values().stream().filter(r -> r.organisationId() == organisationId).sorted(NEWEST_FIRST).toList();
    }

    private static Round withIdAndVersion(Round r, long id, long version) {
        return new Round(id, r.organisationId(), r.kind(), r.title(), r.opens(), r.closes(), r.state(),
                r.templateVersion(), r.anonymous(), r.invitations(), r.createdAt(), r.createdBy(), r.openedAt(),
                r.closedAt(), version);
    }
}

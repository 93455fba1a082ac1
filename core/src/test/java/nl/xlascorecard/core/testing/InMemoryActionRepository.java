package nl.xlascorecard.core.testing;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import nl.xlascorecard.core.action.domain.ActionState;
import nl.xlascorecard.core.action.domain.ImprovementAction;
import nl.xlascorecard.core.action.port.out.ImprovementActionRepository;
import nl.xlascorecard.core.shared.ConflictException;
import nl.xlascorecard.core.shared.Page;
import nl.xlascorecard.core.shared.PageRequest;

public final class InMemoryActionRepository implements ImprovementActionRepository {

    /** OPEN first by due date (none last), then DONE newest first, as the port documents. */
    private static final Comparator<ImprovementAction> ORDER = Comparator
            .comparing((ImprovementAction a) -> a.state() == ActionState.DONE)
            .thenComparing(a -> a.state() == ActionState.OPEN ? a.due() : null,
                    Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
            .thenComparing(a -> a.doneAt(), Comparator.nullsLast(Comparator.<java.time.Instant>reverseOrder()))
            .thenComparing(ImprovementAction::id);

    private final Map<Long, ImprovementAction> actions = new LinkedHashMap<>();
    private final FakeTransactions transactions;
    private long nextId = 1;

    public InMemoryActionRepository(FakeTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public ImprovementAction insert(ImprovementAction a) {
        transactions.requireActive();
        ImprovementAction stored = copy(a, nextId++, 0);
        actions.put(stored.id(), stored);
        return stored;
    }

    @Override
    public Optional<ImprovementAction> find(long actionId) {
        return Optional.ofNullable(actions.get(actionId));
    }

    @Override
    public ImprovementAction update(ImprovementAction a) {
        transactions.requireActive();
        ImprovementAction stored = actions.get(a.id());
        if (stored == null || stored.version() != a.version()) {
            throw ConflictException.staleVersion("action " + a.id());
        }
        ImprovementAction updated = copy(a, a.id(), a.version() + 1);
        actions.put(updated.id(), updated);
        return updated;
    }

    @Override
    public Page<ImprovementAction> listByOrganisation(long organisationId, ActionState stateOrNull, PageRequest page) {
        return Pages.slice(actions.values().stream()
                .filter(a -> a.organisationId() == organisationId)
                .filter(a -> stateOrNull == null || a.state() == stateOrNull)
                .sorted(ORDER).toList(), page);
    }

    private static ImprovementAction copy(ImprovementAction a, long id, long version) {
        return new ImprovementAction(id, a.organisationId(), a.roundId(), a.category(), a.statementKey(), a.text(),
                a.ownerKey(), a.due(), a.state(), a.linkedIssueKey(), a.createdAt(), a.createdBy(), a.doneAt(), version);
    }
}

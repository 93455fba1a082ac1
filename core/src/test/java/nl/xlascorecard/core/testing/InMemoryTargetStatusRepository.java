package nl.xlascorecard.core.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.xlascorecard.core.shared.Page;
import nl.xlascorecard.core.shared.PageRequest;
import nl.xlascorecard.core.target.domain.StatusChange;
import nl.xlascorecard.core.target.domain.TargetState;
import nl.xlascorecard.core.target.domain.TargetStatus;
import nl.xlascorecard.core.target.port.out.TargetStatusRepository;

/** Statuses and history in memory, following the contract of {@link TargetStatusRepository#record}. */
public final class InMemoryTargetStatusRepository implements TargetStatusRepository {

    private final Map<String, TargetState> states = new HashMap<>();
    private final List<StatusChange> history = new ArrayList<>();
    private final FakeTransactions transactions;

    public InMemoryTargetStatusRepository(FakeTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public synchronized StatusChange record(long organisationId, long targetId, TargetStatus status, Double value, long n,
                                            Instant at) {
        transactions.requireActive();
        String key = organisationId + ":" + targetId;
        TargetState old = states.get(key);
        if (old != null && old.status() == status) {
            states.put(key, new TargetState(organisationId, targetId, status, value, n, old.since(), at));
            return null;
        }
        states.put(key, new TargetState(organisationId, targetId, status, value, n, at, at));
        StatusChange change = new StatusChange(organisationId, targetId, old == null ? null : old.status(), status, value, n, at);
        history.add(change);
        return change;
    }

    @Override
    public synchronized List<TargetState> ofOrganisations(Collection<Long> organisationIds) {
        return states.values().stream().filter(s -> organisationIds.contains(s.organisationId())).toList();
    }

    @Override
    public synchronized Page<StatusChange> history(long organisationId, long targetId, PageRequest page) {
        List<StatusChange> all = history.stream()
                .filter(c -> c.organisationId() == organisationId && c.targetId() == targetId)
                .sorted(Comparator.comparing(StatusChange::at).reversed()).toList();
        int from = Math.min(page.start(), all.size());
        return new Page<>(all.subList(from, Math.min(all.size(), from + page.limit())), page.start(), page.limit(), all.size());
    }

    @Override
    public synchronized void deleteTarget(long targetId) {
        transactions.requireActive();
        states.values().removeIf(s -> s.targetId() == targetId);
    }

    @Override
    public synchronized void retainOnly(long organisationId, Set<Long> targetIds) {
        transactions.requireActive();
        states.values().removeIf(s -> s.organisationId() == organisationId && !targetIds.contains(s.targetId()));
    }

    public synchronized List<StatusChange> allHistory() {
        return List.copyOf(history);
    }
}

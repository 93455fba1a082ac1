package nl.xlascorecard.core.testing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import nl.xlascorecard.core.target.domain.XlaTarget;
import nl.xlascorecard.core.target.port.out.XlaTargetRepository;
import nl.xlascorecard.core.target.service.TargetConflicts;

/** Targets in memory, with the unique (scope, metric, category) rule the database enforces. */
public final class InMemoryTargetRepository implements XlaTargetRepository {

    private final Map<Long, XlaTarget> rows = new TreeMap<>();
    private final FakeTransactions transactions;
    private long nextId = 1;

    public InMemoryTargetRepository(FakeTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public synchronized XlaTarget insert(XlaTarget target) {
        transactions.requireActive();
        checkUnique(target);
        XlaTarget stored = target.withId(nextId++);
        rows.put(stored.id(), stored);
        return stored;
    }

    @Override
    public synchronized XlaTarget update(XlaTarget target) {
        transactions.requireActive();
        checkUnique(target);
        rows.put(target.id(), target);
        return target;
    }

    @Override
    public synchronized void delete(long targetId) {
        transactions.requireActive();
        rows.remove(targetId);
    }

    @Override
    public synchronized Optional<XlaTarget> find(long targetId) {
        return Optional.ofNullable(rows.get(targetId));
    }

    @Override
    public synchronized List<XlaTarget> defaults() {
        return rows.values().stream().filter(XlaTarget::isDefault).toList();
    }

    @Override
    public synchronized List<XlaTarget> defaultsAndOwn(long organisationId) {
        return rows.values().stream()
                .filter(t -> t.organisationId() == null || t.organisationId() == organisationId).toList();
    }

    @Override
    public synchronized List<XlaTarget> ofOrganisations(Collection<Long> organisationIds) {
        return new ArrayList<>(rows.values().stream()
                .filter(t -> t.organisationId() != null && organisationIds.contains(t.organisationId())).toList());
    }

    public synchronized int size() {
        return rows.size();
    }

    private void checkUnique(XlaTarget target) {
        for (XlaTarget other : rows.values()) {
            if (other.id() != target.id() && Objects.equals(other.organisationId(), target.organisationId())
                    && other.subject().equals(target.subject())) {
                throw TargetConflicts.duplicate(target);
            }
        }
    }
}

package nl.xlascorecard.core.testing;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import nl.xlascorecard.core.target.port.out.SlaSnapshotRepository;

/** SLA snapshots in memory, following the contract of {@link SlaSnapshotRepository}; counts its reads. */
public final class InMemorySlaSnapshotRepository implements SlaSnapshotRepository {

    private final Map<String, SlaSnapshot> snapshots = new HashMap<>();
    private final FakeTransactions transactions;
    public int reads;

    public InMemorySlaSnapshotRepository(FakeTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public synchronized void store(SlaSnapshot snapshot) {
        transactions.requireActive();
        snapshots.merge(snapshot.organisationId() + ":" + snapshot.days(), snapshot,
                (old, fresh) -> fresh.measuredAt().isBefore(old.measuredAt()) ? old : fresh);
    }

    @Override
    public synchronized Map<Long, SlaSnapshot> ofOrganisations(Collection<Long> organisationIds, int days) {
        reads++;
        Map<Long, SlaSnapshot> found = new HashMap<>();
        for (Long id : organisationIds) {
            SlaSnapshot snapshot = snapshots.get(id + ":" + days);
            if (snapshot != null) {
                found.put(id, snapshot);
            }
        }
        return found;
    }

    public synchronized int size() {
        return snapshots.size();
    }
}

package nl.xlascorecard.core.testing;

import java.time.Instant;
import java.util.Optional;

import nl.xlascorecard.core.rating.port.out.ReconciliationCheckpoint;

public final class InMemoryReconciliationCheckpoint implements ReconciliationCheckpoint {

    private final FakeTransactions transactions;
    private Instant last;

    public InMemoryReconciliationCheckpoint(FakeTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Optional<Instant> last() {
        return Optional.ofNullable(last);
    }

    @Override
    public void advanceTo(Instant reconciledUpTo) {
        transactions.requireActive();
        if (last == null || reconciledUpTo.isAfter(last)) {
            last = reconciledUpTo;
        }
    }
}

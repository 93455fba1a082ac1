package nl.xlascorecard.core.testing;

import java.util.function.Supplier;

import nl.xlascorecard.core.shared.TransactionRunner;

/**
 * Runs work directly and remembers whether a transaction is open, so that the in-memory
 * repositories can refuse writes made outside one (every write must run inside a transaction).
 */
public final class FakeTransactions implements TransactionRunner {

    private int depth;
    private int count;

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        depth++;
        count++;
        try {
            return work.get();
        } finally {
            depth--;
        }
    }

    public void requireActive() {
        if (depth == 0) {
            throw new IllegalStateException("write outside a transaction");
        }
    }

    /** Number of transactions started so far. */
    public int count() {
        return count;
    }
}

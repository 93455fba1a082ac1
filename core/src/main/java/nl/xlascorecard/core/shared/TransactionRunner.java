package nl.xlascorecard.core.shared;

import java.util.function.Supplier;

/**
 * Out-port: run a unit of work in one database transaction (AO {@code executeInTransaction} in the
 * plugin). Services wrap every write in it, so a failed validation half-way writes nothing.
 */
@FunctionalInterface
public interface TransactionRunner {

    <T> T inTransaction(Supplier<T> work);
}

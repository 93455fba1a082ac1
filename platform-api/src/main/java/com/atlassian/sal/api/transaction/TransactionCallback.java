package com.atlassian.sal.api.transaction;

/**
 * DECLARATION ONLY (compile-time stand-in, never packaged). SAL's unit of work for a transaction:
 * the code to run inside it. A {@link RuntimeException} thrown by {@link #doInTransaction()} makes
 * the caller roll the transaction back.
 * Source: https://docs.atlassian.com/sal-api/ (interface
 * {@code com.atlassian.sal.api.transaction.TransactionCallback}; generic since SAL 2.x).
 *
 * @param <T> what the unit of work returns
 */
@FunctionalInterface
public interface TransactionCallback<T> {

    /** Runs the work inside the transaction; may return {@code null}. */
    T doInTransaction();
}

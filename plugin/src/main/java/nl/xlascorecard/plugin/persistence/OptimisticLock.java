package nl.xlascorecard.plugin.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;

import nl.xlascorecard.core.shared.ConflictException;
import nl.xlascorecard.plugin.persistence.ao.VersionedAo;

/**
 * The optimistic-lock check of an update, made safe against a concurrent update of the same row.
 * A compare of the version read earlier would let two transactions that both read version 3 both
 * write version 4. So the update first writes the row (its {@code UPDATED_AT}), which takes the
 * row's write lock until commit and makes a concurrent updater wait; then it re-reads
 * {@code ROW_VERSION} with a fresh query, which sees what that other transaction committed, and
 * fails on a mismatch. AO offers no conditional UPDATE and no SELECT ... FOR UPDATE that works on
 * every database Jira supports; this uses nothing but a plain update and a count. Must run inside
 * a transaction (the repositories see to it).
 */
final class OptimisticLock {

    private OptimisticLock() {
    }

    /** Locks {@code row} and checks that its stored version is still {@code expectedVersion}. */
    static <T extends VersionedAo> void claim(ActiveObjects ao, Class<T> type, T row, long expectedVersion) {
        lockRow(row);
        if (ao.count(type, "ID = ? AND ROW_VERSION = ?", row.getID(), expectedVersion) != 1) {
            throw stale(type.getSimpleName() + " " + row.getID() + " is no longer at version " + expectedVersion);
        }
    }

    /**
     * Takes {@code row}'s write lock until the transaction ends by writing its {@code UPDATED_AT}
     * (only that column: AO saves changed fields only, so nothing read earlier is written back).
     * A concurrent writer of the row waits; a fresh query afterwards sees what it committed.
     */
    static <T extends VersionedAo> void lockRow(T row) {
        row.setUpdatedAt(System.currentTimeMillis());
        row.save();
    }

    static ConflictException stale(String logMessage) {
        return ConflictException.staleVersion(logMessage);
    }
}
